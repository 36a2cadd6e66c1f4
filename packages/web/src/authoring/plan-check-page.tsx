import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { usePlanCheck } from './authoring.api.ts';
import { adoptPath, editPlanPath } from './authoring-links.ts';
import { ProblemList } from './problem-list.tsx';

/** "Verifica": every problem of the plan, errors then warnings, each linked to where it is fixed. */
export function PlanCheckPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  return <QueryState query={plan}>{(doc) => <CheckView plan={doc} />}</QueryState>;
}

function CheckView({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('authoring');
  const orgName = useOrgName(plan.orgId);
  const check = usePlanCheck(plan.id);
  usePageTitle(`${t('check.title')} – ${plan.title}`);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('check.title') },
        ]}
      />
      <h1 className="mb-3">{t('check.title')}</h1>
      <p>{t('check.intro')}</p>
      <QueryState query={check}>
        {(result) => (
          <>
            <p className="lead" role="status">
              {t('check.summary', { errors: result.errors, warnings: result.warnings })}
            </p>
            {result.problems.length === 0 && (
              <Alert color="success" fade={false}>
                {t('check.none')}
              </Alert>
            )}
            <ProblemList
              planId={plan.id}
              orgId={plan.orgId}
              caption={t('check.errors')}
              problems={result.problems.filter((p) => p.severity === 'error')}
            />
            <ProblemList
              planId={plan.id}
              orgId={plan.orgId}
              caption={t('check.warnings')}
              problems={result.problems.filter((p) => p.severity === 'warning')}
            />
          </>
        )}
      </QueryState>
      {plan.status === 'draft' && (
        <div className="d-flex flex-wrap gap-2">
          <Link className="btn btn-outline-primary" to={editPlanPath(plan.id)}>
            {t('links.editPlan')}
          </Link>
          <Link className="btn btn-primary" to={adoptPath(plan.id)}>
            {t('check.goAdopt')}
          </Link>
        </div>
      )}
    </>
  );
}
