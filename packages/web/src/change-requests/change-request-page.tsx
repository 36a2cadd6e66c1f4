import {
  type ChangeRequest,
  DECISION_OUTCOMES,
  type DecisionOutcome,
} from '@traguardo/domain/change-request/change-request.schema';
import { formatLocalDate as formatDate } from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
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
import { buildChanges, CHANGE_KINDS, type ChangeForm, emptyChangeForm } from './build-changes.ts';
import { ChangeEditor } from './change-editor.tsx';
import { changeRequestsPath, versionsPath } from './change-request-links.ts';
import { useChangeRequest, useDecideChangeRequest, usePlanVersions } from './change-requests.api.ts';
import { planItems, targetLabel } from './plan-items.ts';
import { ProblemList } from './problem-list.tsx';
import { changeWords, requestWords } from './request-texts.ts';
import { usePlanRoles } from './use-plan-roles.ts';

/** One request: what was asked and why, and the Nucleo's decision (its form, for the evaluator). */
export function ChangeRequestPage() {
  const { planId = '', requestId = '' } = useParams();
  const plan = usePlan(planId);
  const request = useChangeRequest(requestId);
  return (
    <QueryState query={plan}>
      {(doc) => <QueryState query={request}>{(r) => <RequestView plan={doc} request={r} />}</QueryState>}
    </QueryState>
  );
}

function RequestView({ plan, request }: { plan: PlanDocument; request: ChangeRequest }) {
  const { t } = useTranslation('changeRequests');
  const orgName = useOrgName(plan.orgId);
  const roles = usePlanRoles(plan.orgId);
  const label = targetLabel(plan, request.target, t(`targetType.${request.target.type}`));
  usePageTitle(t('detail.crumb', { target: label }));
  // An adopted request reads against the version it amended, not the plan it produced.
  const versions = usePlanVersions(request.amendmentId ? plan.id : '');
  const baseVersion = versions.data?.find((v) => v.amendment?.id === request.amendmentId)?.amendment
    ?.baseVersion;
  const base = usePlan(baseVersion === undefined ? undefined : plan.id, baseVersion);
  const against = request.amendmentId ? base.data : plan;
  const asked = changeWords(against, request, 'asked');
  const adopted = changeWords(against, request, 'adopted');
  const own = request.requestedBy?.id === roles.userId;
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('crumb'), to: changeRequestsPath(plan.id) },
          { label: t('detail.crumb', { target: label }) },
        ]}
      />
      <h1 className="mb-4 h2">{t('detail.crumb', { target: label })}</h1>
      <dl className="row">
        <dt className="col-sm-4 col-lg-3">{t('detail.target')}</dt>
        <dd className="col-sm-8 col-lg-9">{label}</dd>
        <dt className="col-sm-4 col-lg-3">{t('detail.request')}</dt>
        <dd className="col-sm-8 col-lg-9 text-prewrap">
          {requestWords(plan, request) || t('detail.noText')}
        </dd>
        {asked && request.requestText?.trim() && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('detail.changes')}</dt>
            <dd className="col-sm-8 col-lg-9 text-prewrap">{asked}</dd>
          </>
        )}
        <dt className="col-sm-4 col-lg-3">{t('detail.reason')}</dt>
        <dd className="col-sm-8 col-lg-9">{request.reason || t('detail.noText')}</dd>
        <dt className="col-sm-4 col-lg-3">{t('detail.filedBy')}</dt>
        <dd className="col-sm-8 col-lg-9">
          {request.requestedBy?.name ?? '—'} {t('detail.filedAt', { date: formatDate(request.requestedAt) })}
        </dd>
        <dt className="col-sm-4 col-lg-3">{t('detail.status')}</dt>
        <dd className="col-sm-8 col-lg-9">{t(`status.${request.status}`)}</dd>
        {request.decision && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('detail.decision')}</dt>
            <dd className="col-sm-8 col-lg-9">
              <strong>{t(`outcome.${request.decision.outcome}`)}</strong>
              {request.decision.note && <div className="text-prewrap">{request.decision.note}</div>}
              {adopted && request.decision.outcome === 'accepted_with_changes' && (
                <div className="text-prewrap mt-2">
                  <span className="fw-semibold">{t('detail.decisionChanges')}: </span>
                  {adopted}
                </div>
              )}
              {request.decision.decidedBy && (
                <div className="small text-secondary">
                  {t('detail.decidedBy', {
                    name: request.decision.decidedBy.name,
                    date: formatDate(request.decision.decidedAt),
                  })}
                </div>
              )}
            </dd>
          </>
        )}
        {request.draftDecisionNote && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('detail.draftNote')}</dt>
            <dd className="col-sm-8 col-lg-9 text-prewrap">{request.draftDecisionNote}</dd>
          </>
        )}
        {request.amendmentId && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('detail.amendment')}</dt>
            <dd className="col-sm-8 col-lg-9">
              <Link to={versionsPath(plan.id)}>{t('versionsLink')}</Link>
            </dd>
          </>
        )}
      </dl>
      {roles.canDecide &&
        request.status !== 'adopted' &&
        (own ? (
          <Alert color="info" fade={false}>
            {t('decision.own')}
          </Alert>
        ) : (
          <DecisionForm plan={plan} request={request} />
        ))}
    </>
  );
}

function DecisionForm({ plan, request }: { plan: PlanDocument; request: ChangeRequest }) {
  const { t } = useTranslation('changeRequests');
  const decide = useDecideChangeRequest(request.id);
  const type = request.target.type;
  const [outcome, setOutcome] = useState<DecisionOutcome>(request.decision?.outcome ?? 'accepted');
  const [note, setNote] = useState(request.decision?.note ?? request.draftDecisionNote ?? '');
  const [form, setForm] = useState<ChangeForm>(emptyChangeForm(CHANGE_KINDS[type][0]));
  const [problem, setProblem] = useState<{ field: keyof ChangeForm | 'note'; message: string } | null>(null);
  const item = request.target.id
    ? (planItems(plan, type).find((i) => i.id === request.target.id) ?? null)
    : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome === 'rejected' && !note.trim())
      return setProblem({ field: 'note', message: t('decision.noteRequired') });
    let changes: Record<string, unknown> | undefined;
    if (outcome === 'accepted_with_changes') {
      const built = buildChanges(type, form);
      if (!built.ok)
        return setProblem({
          field: built.field,
          message: built.problem === 'number' ? t('form.invalidNumber') : t('form.required'),
        });
      changes = built.changes;
    }
    setProblem(null);
    decide.mutate({ outcome, note: note.trim() || null, ...(changes ? { changes } : {}) });
  };

  const editorError =
    problem && problem.field !== 'note' ? { field: problem.field, message: problem.message } : null;
  return (
    <form onSubmit={submit} noValidate className="border rounded p-4 col-lg-9">
      <h2 className="h4">{t('decision.title')}</h2>
      <fieldset className="mb-3">
        <legend className="h6">{t('decision.outcome')}</legend>
        {DECISION_OUTCOMES.map((o) => (
          <div className="form-check" key={o}>
            <input
              id={`outcome-${o}`}
              type="radio"
              name="outcome"
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            <label htmlFor={`outcome-${o}`}>{t(`outcome.${o}`)}</label>
          </div>
        ))}
      </fieldset>
      {outcome === 'accepted_with_changes' && (
        <>
          <h3 className="h6">{t('decision.changes')}</h3>
          <ChangeEditor
            idPrefix="decision"
            type={type}
            item={item}
            plan={plan}
            form={form}
            onChange={setForm}
            error={editorError}
          />
        </>
      )}
      <div className="form-group">
        <label htmlFor="decision-note" className="active">
          {t('decision.note')}
        </label>
        <textarea
          id="decision-note"
          className="form-control"
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={problem?.field === 'note' || undefined}
        />
        {problem?.field === 'note' && <div className="invalid-feedback d-block">{problem.message}</div>}
      </div>
      <ProblemList error={decide.error} />
      {decide.isSuccess && (
        <Alert color="success" fade={false}>
          {t('decision.saved')}
        </Alert>
      )}
      <Button color="primary" type="submit" disabled={decide.isPending}>
        {t('decision.submit')}
      </Button>
    </form>
  );
}
