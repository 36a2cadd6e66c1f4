import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import type { PlanSummary } from '@traguardo/domain/plan/plan.schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useScrollToHash } from '../authoring/use-scroll-to-hash.ts';
import { changeRequestsPath } from '../change-requests/change-request-links.ts';
import { useChangeRequests } from '../change-requests/change-requests.api.ts';
import { useDashboard } from '../monitoring/monitoring.api.ts';
import { dashboardPath, indicatorPath } from '../monitoring/monitoring-links.ts';
import { useOrgRoles } from '../ui/current-org.ts';
import { useOrgPlans } from './orgs.api.ts';

/** The section's anchor, linked from the home page. */
export const awaitingSectionId = 'awaiting-decision';

/** Beyond this many, the dashboard lists the rest. */
const SHOWN_MEASUREMENTS = 5;

/**
 * The Nucleo's inbox: per adopted plan, the change requests to decide and the final measurements
 * to validate, each a link to where the decision is taken.
 */
export function AwaitingDecision({ orgId }: { orgId: string }) {
  const { t } = useTranslation('orgs');
  const { is } = useOrgRoles(orgId);
  const plans = useOrgPlans(orgId);
  const adopted = (plans.data ?? []).filter((plan) => plan.status === 'adopted');
  const shown = is('evaluator') && adopted.length > 0;
  // The home page links here (…#org-awaiting); the section appears once the plans have loaded.
  useScrollToHash(shown);
  if (!shown) return null;
  return (
    <section id={awaitingSectionId} aria-labelledby="org-awaiting" className="mb-5" tabIndex={-1}>
      <h2 id="org-awaiting" className="h3">
        {t('awaiting.title')}
      </h2>
      {adopted.map((plan) => (
        <PlanAwaiting key={plan.id} plan={plan} />
      ))}
    </section>
  );
}

function PlanAwaiting({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('orgs');
  const requests = useChangeRequests(plan.id, 'pending');
  const dashboard = useDashboard(plan.id, {});
  const pending = requests.data ?? [];
  // The dashboard answers the first page of the list and its total.
  const measurements = dashboard.data?.awaitingValidation ?? [];
  const measurementCount = dashboard.data?.lists.awaitingValidation.total ?? 0;
  return (
    <div className="mb-4">
      <h3 className="h5" lang="it">
        {plan.title}
      </h3>
      <ul>
        <li>
          <Counted query={requests} count={pending.length} none={t('awaiting.noRequests')}>
            <Link to={`${changeRequestsPath(plan.id)}?status=pending`}>
              {t('awaiting.requests', { count: pending.length })}
            </Link>
          </Counted>
        </li>
        <li>
          <Counted query={dashboard} count={measurementCount} none={t('awaiting.noMeasurements')}>
            {t('awaiting.measurements', { count: measurementCount })}
            <ul>
              {measurements.slice(0, SHOWN_MEASUREMENTS).map((m) => (
                <li key={m.measurementId}>
                  <Link to={indicatorPath(plan.id, m.indicatorId)} lang="it">
                    {m.code} {m.title}
                  </Link>{' '}
                  ({m.objectiveCode}): {formatDate(m.date)}, {formatNumber(m.value)}
                </li>
              ))}
            </ul>
            {measurementCount > SHOWN_MEASUREMENTS && (
              <Link to={dashboardPath(plan.id)}>{t('awaiting.allMeasurements')}</Link>
            )}
          </Counted>
        </li>
      </ul>
    </div>
  );
}

/** A line of the inbox: loading, unavailable, nothing to do, or the things to do. */
function Counted({
  query,
  count,
  none,
  children,
}: {
  query: { isPending: boolean; isError: boolean };
  count: number;
  none: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('orgs');
  if (query.isPending) return <>{t('awaiting.loading')}</>;
  if (query.isError) return <>{t('awaiting.unavailable')}</>;
  if (count === 0) return <>{none}</>;
  return <>{children}</>;
}
