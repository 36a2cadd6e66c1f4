import type { EvaluationSummary } from '@traguardo/domain/evaluation/evaluation.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Alert, Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { bonusPath, evaluationPath } from './evaluation-links.ts';
import { useEvaluations, useOpenEvaluations } from './evaluations.api.ts';
import { formatBonus, formatScore } from './score-format.ts';
import { EvaluationStatusBadge } from './status-badge.tsx';
import { useEvaluationRoles } from './use-evaluation-roles.ts';

/** A plan's evaluation sheets the user may read; the secretary opens the season and reaches the bonus. */
export function EvaluationsPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation('evaluations');
  usePageTitle(t('list.title'));
  return <QueryState query={plan}>{(doc) => <EvaluationsView plan={doc} />}</QueryState>;
}

function EvaluationsView({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('evaluations');
  const orgName = useOrgName(plan.orgId);
  const roles = useEvaluationRoles(plan.orgId);
  const list = useEvaluations(plan.id);
  const open = useOpenEvaluations(plan.id);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('list.crumb') },
        ]}
      />
      <h1 className="mb-3">{t('list.title')}</h1>
      <p className="lead">{t('list.introShort')}</p>
      <div className="d-flex flex-wrap gap-3 mb-4">
        {roles.canOpen && (
          <Button color="primary" onClick={() => open.mutate()} disabled={open.isPending}>
            {t('list.open')}
          </Button>
        )}
        {roles.canDistribute && (
          <Link className="btn btn-outline-primary" to={bonusPath(plan.id)}>
            {t('list.bonusLink')}
          </Link>
        )}
      </div>
      <div aria-live="polite">
        {open.isSuccess && (
          <Alert color="success" fade={false}>
            {t('list.opened', { created: open.data.created, existing: open.data.existing })}
          </Alert>
        )}
        {open.isError && (
          <Alert color="danger" fade={false}>
            {t('errors.save')}: {open.error.message}
          </Alert>
        )}
      </div>
      <QueryState query={list}>
        {(sheets) =>
          sheets.length === 0 ? (
            <p>{roles.canOpen ? t('list.emptySecretary') : t('list.empty')}</p>
          ) : (
            <SheetsTable sheets={sheets} />
          )
        }
      </QueryState>
    </>
  );
}

function SheetsTable({ sheets }: { sheets: EvaluationSummary[] }) {
  const { t } = useTranslation('evaluations');
  return (
    <Table responsive>
      <caption>{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.columns.person')}</th>
          <th scope="col">{t('list.columns.evaluator')}</th>
          <th scope="col" className="text-end">
            {t('list.columns.objectives')}
          </th>
          <th scope="col" className="text-end">
            {t('list.columns.behaviours')}
          </th>
          <th scope="col" className="text-end">
            {t('list.columns.total')}
          </th>
          <th scope="col" className="text-end">
            {t('list.columns.bonus')}
          </th>
          <th scope="col">{t('list.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {sheets.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <Link to={evaluationPath(s.id)} aria-label={t('list.openSheet', { name: s.person.name })}>
                {s.person.name}
              </Link>
              <div className="small text-secondary">
                {t(`category.${s.category}`, { defaultValue: s.category })}
              </div>
            </th>
            <td>{s.evaluator.name}</td>
            <td className="text-end">{formatScore(s.objectivesScore)}</td>
            <td className="text-end">{formatScore(s.behavioursScore)}</td>
            <td className="text-end fw-semibold">{formatScore(s.total)}</td>
            <td className="text-end">{formatBonus(s.bonusCents)}</td>
            <td>
              <EvaluationStatusBadge status={s.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
