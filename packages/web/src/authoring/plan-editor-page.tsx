import { formatNumber } from '@traguardo/domain/format/italian';
import type { PlanDocument, StrategicLine } from '@traguardo/domain/plan/plan.schema';
import { Alert, Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useDeleteObjective, useUpdatePlan } from './authoring.api.ts';
import { adoptPath, checkPath, editObjectivePath, newObjectivePath } from './authoring-links.ts';
import { useOrgRights } from './authoring-nav.tsx';
import { DeleteButton } from './form-fields.tsx';
import { apiFieldErrors, changedFields } from './form-values.ts';
import { LineEditor, NewLineForm } from './line-editor.tsx';
import { PlanForm, planFormValues } from './plan-form.tsx';
import { isStale, Saved, SaveError } from './save-feedback.tsx';
import { useScrollToHash } from './use-scroll-to-hash.ts';

/** The draft plan's editor: its details, its strategic lines and, in each, its objectives. */
export function PlanEditorPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const plan = usePlan(planId);
  usePageTitle(plan.data ? `${t('plan.editTitle')} – ${plan.data.title}` : undefined);
  return (
    <QueryState query={plan}>
      {(doc) => <PlanEditor plan={doc} refetch={async () => (await plan.refetch()).data} />}
    </QueryState>
  );
}

function PlanEditor({
  plan,
  refetch,
}: {
  plan: PlanDocument;
  refetch: () => Promise<PlanDocument | undefined>;
}) {
  const { t } = useTranslation('authoring');
  const orgName = useOrgName(plan.orgId);
  const rights = useOrgRights(plan.orgId);
  useScrollToHash(true);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('plan.editTitle') },
        ]}
      />
      <h1 className="mb-4">{t('plan.editTitle')}</h1>
      {plan.status !== 'draft' ? (
        <Alert color="info" fade={false}>
          {t('common.draftOnly')} <Link to={planPath(plan.id)}>{t('common.back')}</Link>
        </Alert>
      ) : (
        <>
          {rights.editPlan && <PlanDetails plan={plan} refetch={refetch} />}
          <section aria-labelledby="plan-lines" className="mb-5">
            <h2 id="plan-lines" className="h3">
              {t('plan.lines')}
            </h2>
            {plan.strategicLines.length === 0 && <p>{t('plan.noLines')}</p>}
            {plan.strategicLines.map((line) => (
              <LineSection key={line.id} plan={plan} line={line} canEditLine={rights.editPlan} />
            ))}
            {rights.editPlan && <NewLineForm planId={plan.id} />}
          </section>
          <section aria-labelledby="plan-next" className="mb-5">
            <h2 id="plan-next" className="h4">
              {t('links.check')}
            </h2>
            <p>{t('plan.next')}</p>
            <div className="d-flex flex-wrap gap-2">
              <Link className="btn btn-outline-primary" to={checkPath(plan.id)}>
                {t('links.check')}
              </Link>
              {rights.editPlan && (
                <Link className="btn btn-primary" to={adoptPath(plan.id)}>
                  {t('links.adopt')}
                </Link>
              )}
            </div>
          </section>
        </>
      )}
    </>
  );
}

const PLAN_FIELDS = ['title', 'kind', 'startYear', 'endYear', 'introduction'] as const;

function PlanDetails({
  plan,
  refetch,
}: {
  plan: PlanDocument;
  refetch: () => Promise<PlanDocument | undefined>;
}) {
  const { t } = useTranslation('authoring');
  const update = useUpdatePlan(plan.id);
  const [stale, setStale] = useState<string[]>();
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="plan-details" className="mb-5">
      <h2 id="plan-details" className="h3">
        {t('plan.details')}
      </h2>
      <SaveError error={update.error} staleFields={stale} />
      <PlanForm
        key={plan.rowVersion}
        initial={planFormValues(plan)}
        submitLabel={t('common.save')}
        pending={update.isPending}
        serverErrors={apiFieldErrors(update.error)}
        onSubmit={(values) => {
          setSaved(false);
          update.mutate(
            { ...values, rowVersion: plan.rowVersion },
            {
              onSuccess: () => {
                setStale(undefined);
                setSaved(true);
              },
              onError: async (error) => {
                if (!isStale(error)) return;
                const fresh = await refetch();
                if (!fresh) return;
                const labels: Record<(typeof PLAN_FIELDS)[number], string> = {
                  title: t('plan.title'),
                  kind: t('plan.kind'),
                  startYear: t('plan.startYear'),
                  endYear: t('plan.endYear'),
                  introduction: t('plan.introduction'),
                };
                setStale(changedFields({ ...values }, { ...fresh }, [...PLAN_FIELDS]).map((f) => labels[f]));
              },
            },
          );
        }}
      />
      <Saved show={saved && !update.isPending && !update.error} />
    </section>
  );
}

function LineSection({
  plan,
  line,
  canEditLine,
}: {
  plan: PlanDocument;
  line: StrategicLine;
  canEditLine: boolean;
}) {
  const { t } = useTranslation('authoring');
  const { t: tp } = useTranslation('plans');
  const remove = useDeleteObjective(plan.id);
  const headingId = `line-${line.id}-heading`;
  return (
    <section id={`line-${line.id}`} aria-labelledby={headingId} className="card-wrapper mb-4" tabIndex={-1}>
      <div className="card shadow-sm p-3">
        <h3 id={headingId} className="h4 border-start border-primary border-4 ps-3">
          {line.code && <span className="me-2 text-secondary">{line.code}</span>}
          {line.title}
        </h3>
        {canEditLine && <LineEditor planId={plan.id} line={line} />}
        <h4 className="h6 mt-3">{t('plan.objectives')}</h4>
        {line.objectives.length === 0 ? (
          <p>{t('plan.noObjectives')}</p>
        ) : (
          <Table responsive hover size="sm">
            <caption className="visually-hidden">{tp('plan.lineObjectives', { title: line.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{tp('columns.code')}</th>
                <th scope="col">{tp('columns.objective')}</th>
                <th scope="col">{tp('columns.unit')}</th>
                <th scope="col">{tp('columns.responsible')}</th>
                <th scope="col" className="text-end">
                  {tp('columns.weight')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {line.objectives.map((o) => (
                <tr key={o.id}>
                  <td className="text-nowrap">{o.code}</td>
                  <th scope="row" className="fw-normal">
                    <Link
                      to={editObjectivePath(plan.id, o.id)}
                      aria-label={t('plan.editObjective', { code: o.code })}
                    >
                      {o.title}
                    </Link>
                  </th>
                  <td>{o.unit?.name ?? ''}</td>
                  <td>
                    {o.allStaff && !o.responsible ? tp('objective.allStaff') : (o.responsible?.name ?? '')}
                  </td>
                  <td className="text-end">{formatNumber(o.weight)}</td>
                  <td className="text-end">
                    <DeleteButton
                      label={t('plan.deleteObjective', { code: o.code })}
                      name={`${o.code} ${o.title}`}
                      onDelete={() => remove.mutate(o.id)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <SaveError error={remove.error} />
        <p className="mb-0">
          <Link className="btn btn-outline-primary btn-sm" to={newObjectivePath(plan.id, line.id)}>
            {t('plan.addObjective', { title: line.title })}
          </Link>
        </p>
      </div>
    </section>
  );
}
