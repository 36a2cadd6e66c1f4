import { formatLocalDate as formatDate } from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { type Adoption, AdoptPlanSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import { Alert, Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useAdoptPlan, usePlanCheck } from './authoring.api.ts';
import { CheckboxField, InputField, useIssueMessages } from './form-fields.tsx';
import { apiFieldErrors, type FieldErrors, issuesToErrors } from './form-values.ts';
import { ProblemList } from './problem-list.tsx';
import { SaveError } from './save-feedback.tsx';

/**
 * Adoption by the Giunta's delibera: the remaining problems are shown; errors stop it, warnings
 * must be confirmed. Version 0 is frozen by the server in the same step.
 */
export function AdoptPlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  return <QueryState query={plan}>{(doc) => <AdoptView plan={doc} />}</QueryState>;
}

function AdoptView({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('authoring');
  const orgName = useOrgName(plan.orgId);
  const [adoption, setAdoption] = useState<Adoption | null>(null);
  usePageTitle(`${t('adopt.title')} – ${plan.title}`);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('adopt.title') },
        ]}
      />
      <h1 className="mb-3">{t('adopt.title')}</h1>
      {adoption ? (
        <Alert color="success" fade={false}>
          <p role="status" className="mb-2">
            {t('adopt.done', {
              number: adoption.act.number,
              date: formatDate(adoption.act.date),
              version: adoption.version,
            })}
          </p>
          <Link to={planPath(plan.id)}>{t('adopt.openPlan')}</Link>
        </Alert>
      ) : plan.status !== 'draft' ? (
        <Alert color="info" fade={false}>
          {t('adopt.alreadyAdopted')} <Link to={planPath(plan.id)}>{t('adopt.openPlan')}</Link>
        </Alert>
      ) : (
        <AdoptForm plan={plan} onAdopted={setAdoption} />
      )}
    </>
  );
}

function AdoptForm({ plan, onAdopted }: { plan: PlanDocument; onAdopted: (a: Adoption) => void }) {
  const { t } = useTranslation('authoring');
  const messages = useIssueMessages();
  const check = usePlanCheck(plan.id);
  const adopt = useAdoptPlan(plan.id);
  const [values, setValues] = useState({ actNumber: '', actDate: '', actBody: 'Giunta Comunale' });
  const [confirm, setConfirm] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const result = check.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = AdoptPlanSchema.safeParse({ ...values, confirmWarnings: confirm });
    const found: FieldErrors = parsed.success ? {} : issuesToErrors(parsed.error.issues, messages);
    if (result && result.warnings > 0 && !confirm) found.confirmWarnings = t('adopt.mustConfirm');
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    // The plan is read again before the call returns, and this form then gives way: the parent keeps the result.
    adopt
      .mutateAsync(parsed.data)
      .then(onAdopted)
      .catch(() => void check.refetch());
  };
  const shown = { ...apiFieldErrors(adopt.error), ...errors };
  return (
    <>
      <p>{t('adopt.intro')}</p>
      <QueryState query={check}>
        {(r) => (
          <>
            {r.errors > 0 && (
              <Alert color="danger" fade={false}>
                {t('adopt.errorsBlock', { count: r.errors })}
              </Alert>
            )}
            {r.errors === 0 && r.warnings > 0 && (
              <Alert color="warning" fade={false}>
                {t('adopt.warningsToConfirm', { count: r.warnings })}
              </Alert>
            )}
            <ProblemList
              planId={plan.id}
              orgId={plan.orgId}
              caption={t('check.title')}
              problems={r.problems}
            />
          </>
        )}
      </QueryState>
      <SaveError error={adopt.error} />
      <form onSubmit={submit} noValidate className="pt-4">
        <div className="row">
          <div className="col-md-4">
            <InputField
              id="act-number"
              label={t('adopt.actNumber')}
              required
              value={values.actNumber}
              onChange={(v) => setValues({ ...values, actNumber: v })}
              error={shown.actNumber}
            />
          </div>
          <div className="col-md-4">
            <InputField
              id="act-date"
              type="date"
              label={t('adopt.actDate')}
              required
              value={values.actDate}
              onChange={(v) => setValues({ ...values, actDate: v })}
              error={shown.actDate}
            />
          </div>
          <div className="col-md-4">
            <InputField
              id="act-body"
              label={t('adopt.actBody')}
              required
              value={values.actBody}
              onChange={(v) => setValues({ ...values, actBody: v })}
              error={shown.actBody}
            />
          </div>
        </div>
        {result && result.warnings > 0 && result.errors === 0 && (
          <CheckboxField
            id="confirm-warnings"
            label={t('adopt.confirm')}
            checked={confirm}
            onChange={setConfirm}
            error={shown.confirmWarnings}
          />
        )}
        <Button color="primary" type="submit" disabled={adopt.isPending || !result || result.errors > 0}>
          {adopt.isPending ? t('common.saving') : t('adopt.submit')}
        </Button>
      </form>
    </>
  );
}
