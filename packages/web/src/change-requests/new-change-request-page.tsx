import {
  CHANGE_TARGET_TYPES,
  type ChangeTargetType,
} from '@traguardo/domain/change-request/change-request.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { buildChanges, CHANGE_KINDS, type ChangeForm, emptyChangeForm } from './build-changes.ts';
import { ChangeEditor } from './change-editor.tsx';
import { changeRequestPath, changeRequestsPath } from './change-request-links.ts';
import { useFileChangeRequest } from './change-requests.api.ts';
import { planItems } from './plan-items.ts';
import { ProblemList } from './problem-list.tsx';
import { usePlanRoles } from './use-plan-roles.ts';

/** A manager (own units) or the secretary asks to change the adopted plan, with the reason. */
export function NewChangeRequestPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation('changeRequests');
  usePageTitle(t('form.title'));
  return <QueryState query={plan}>{(doc) => <NewChangeRequestForm plan={doc} />}</QueryState>;
}

function NewChangeRequestForm({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('changeRequests');
  const navigate = useNavigate();
  const orgName = useOrgName(plan.orgId);
  const roles = usePlanRoles(plan.orgId);
  const file = useFileChangeRequest(plan.id);
  const [type, setType] = useState<ChangeTargetType>('indicator');
  const [targetId, setTargetId] = useState('');
  const [form, setForm] = useState<ChangeForm>(emptyChangeForm(CHANGE_KINDS.indicator[0]));
  const [reason, setReason] = useState('');
  const [requestText, setRequestText] = useState('');
  const [error, setError] = useState<{
    field: keyof ChangeForm | 'target' | 'reason';
    message: string;
  } | null>(null);

  const items = planItems(plan, type).filter(
    (i) => roles.canFileAnyUnit || (i.unitId && roles.unitIds.includes(i.unitId)),
  );
  const item = items.find((i) => i.id === targetId) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (type !== 'plan' && !item) return setError({ field: 'target', message: t('form.required') });
    const built = buildChanges(type, form);
    if (!built.ok)
      return setError({
        field: built.field,
        message: built.problem === 'number' ? t('form.invalidNumber') : t('form.required'),
      });
    if (!reason.trim()) return setError({ field: 'reason', message: t('form.required') });
    setError(null);
    file.mutate(
      {
        target: { type, id: type === 'plan' ? null : targetId },
        changes: built.changes,
        reason,
        requestText: requestText.trim() || null,
      },
      { onSuccess: (created) => navigate(changeRequestPath(plan.id, created.id)) },
    );
  };

  const editorError =
    error && error.field !== 'target' && error.field !== 'reason'
      ? { field: error.field, message: error.message }
      : null;
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('crumb'), to: changeRequestsPath(plan.id) },
          { label: t('form.title') },
        ]}
      />
      <h1 className="mb-4">{t('form.title')}</h1>
      <form onSubmit={submit} noValidate className="col-lg-8">
        <div className="select-wrapper mb-4">
          <label htmlFor="cr-type">{t('form.targetType')}</label>
          <select
            id="cr-type"
            value={type}
            onChange={(e) => {
              const next = CHANGE_TARGET_TYPES.find((x) => x === e.target.value) ?? 'indicator';
              setType(next);
              setTargetId('');
              setForm(emptyChangeForm(CHANGE_KINDS[next][0]));
            }}
          >
            {CHANGE_TARGET_TYPES.filter(
              (x) => x !== 'plan' || roles.canFileAnyUnit || roles.unitIds.length > 0,
            ).map((x) => (
              <option key={x} value={x}>
                {t(`targetType.${x}`)}
              </option>
            ))}
          </select>
        </div>
        {type !== 'plan' && (
          <div className="select-wrapper mb-4">
            <label htmlFor="cr-target">{t('form.target')}</label>
            <select
              id="cr-target"
              value={targetId}
              onChange={(e) => setTargetId(e.target.value)}
              aria-invalid={error?.field === 'target' || undefined}
            >
              <option value="">{t('form.chooseTarget')}</option>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
            {error?.field === 'target' && <div className="invalid-feedback d-block">{error.message}</div>}
          </div>
        )}
        <ChangeEditor
          idPrefix="cr"
          type={type}
          item={item}
          plan={plan}
          form={form}
          onChange={setForm}
          error={editorError}
        />
        <div className="form-group">
          <label htmlFor="cr-request-text" className="active">
            {t('form.requestText')}
          </label>
          <textarea
            id="cr-request-text"
            className="form-control"
            rows={3}
            value={requestText}
            onChange={(e) => setRequestText(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label htmlFor="cr-reason" className="active">
            {t('form.reason')}
          </label>
          <textarea
            id="cr-reason"
            className="form-control"
            rows={4}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={error?.field === 'reason' || undefined}
          />
          {error?.field === 'reason' && <div className="invalid-feedback d-block">{error.message}</div>}
        </div>
        <ProblemList error={file.error} />
        <div className="d-flex gap-3">
          <Button color="primary" type="submit" disabled={file.isPending}>
            {file.isPending ? t('form.saving') : t('form.submit')}
          </Button>
          <Link className="btn btn-outline-primary" to={changeRequestsPath(plan.id)}>
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
