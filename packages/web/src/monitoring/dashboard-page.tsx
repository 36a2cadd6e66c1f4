import type { Dashboard, DashboardFilters } from '@traguardo/domain/achievement/dashboard.schema';
import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import { TRAFFIC_LIGHTS, type TrafficLight } from '@traguardo/domain/achievement/traffic-light';
import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Table } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName, useOrgRoles } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { AchievementBars, LightsDoughnut } from './achievement-charts.tsx';
import { DashboardLists } from './dashboard-lists.tsx';
import { Counted, Percent } from './figures.tsx';
import { dashboardXlsxUrl, useAchievement, useDashboard } from './monitoring.api.ts';
import { myObjectivesPath } from './monitoring-links.ts';
import { TrafficLightBadge } from './traffic-light-badge.tsx';

const FILTER_KEYS = ['lineId', 'unitId', 'personId', 'status'] as const;
const isLight = (v: string | null): v is TrafficLight => TRAFFIC_LIGHTS.some((l) => l === v);

function filtersFrom(search: URLSearchParams): DashboardFilters {
  const status = search.get('status');
  return {
    lineId: search.get('lineId') ?? undefined,
    unitId: search.get('unitId') ?? undefined,
    personId: search.get('personId') ?? undefined,
    status: isLight(status) ? status : undefined,
  };
}

/** The plan's monitoring: achievement by line and unit, traffic lights, what is late or missing. */
export function DashboardPage() {
  const { planId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const plan = usePlan(planId);
  const achievement = useAchievement(planId);
  const dashboard = useDashboard(planId, filters);
  const { t } = useTranslation('monitoring');
  usePageTitle(plan.data ? `${t('dashboard.title')}: ${plan.data.title}` : t('dashboard.title'));
  return (
    <QueryState query={plan}>
      {(doc) => (
        <>
          <Header plan={doc} />
          <QueryState query={achievement}>
            {(all) => (
              <Filters
                key={search.toString()}
                all={all}
                filters={filters}
                onApply={(next) => {
                  const params = new URLSearchParams();
                  for (const k of FILTER_KEYS) if (next[k]) params.set(k, String(next[k]));
                  setSearch(params);
                }}
              />
            )}
          </QueryState>
          <p>
            <a href={dashboardXlsxUrl(planId, filters)} download>
              {t('dashboard.export')}
            </a>
          </p>
          <QueryState query={dashboard}>{(d) => <DashboardView plan={doc} d={d} />}</QueryState>
        </>
      )}
    </QueryState>
  );
}

function Header({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('monitoring');
  const orgName = useOrgName(plan.orgId);
  // Only who answers for objectives has any of their own (a viewer or the Nucleo has none).
  const hasOwnObjectives = useOrgRoles(plan.orgId).is('manager', 'employee');
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('dashboard.title') },
        ]}
      />
      <h1 className="h2 mb-1">{t('dashboard.heading')}</h1>
      <p className="lead">
        {plan.title}
        {hasOwnObjectives && (
          <>
            {' · '}
            <Link to={myObjectivesPath(plan.orgId)}>{t('dashboard.myObjectives')}</Link>
          </>
        )}
      </p>
    </>
  );
}

function Filters({
  all,
  filters,
  onApply,
}: {
  all: PlanAchievement;
  filters: DashboardFilters;
  onApply: (f: DashboardFilters) => void;
}) {
  const { t } = useTranslation('monitoring');
  const [draft, setDraft] = useState<DashboardFilters>(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const select = (
    key: 'lineId' | 'unitId' | 'personId',
    label: string,
    options: { id: string; name: string }[],
  ) => (
    <div className="col-md-6 col-lg-3">
      <div className="select-wrapper form-group">
        <label htmlFor={`filter-${key}`}>{label}</label>
        <select
          id={`filter-${key}`}
          value={draft[key] ?? ''}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value || undefined })}
        >
          <option value="">{t('dashboard.all')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
  return (
    <form className="dashboard-filters mb-3" onSubmit={submit} aria-labelledby="dashboard-filters">
      <h2 id="dashboard-filters" className="h5 mb-4">
        {t('dashboard.filters')}
      </h2>
      <div className="row">
        {select(
          'lineId',
          t('dashboard.line'),
          all.strategicLines.map((l) => ({ id: l.id, name: l.title })),
        )}
        {select('unitId', t('dashboard.unit'), all.units)}
        {select('personId', t('dashboard.person'), all.people)}
        <div className="col-md-6 col-lg-3">
          <div className="select-wrapper form-group">
            <label htmlFor="filter-status">{t('dashboard.status')}</label>
            <select
              id="filter-status"
              value={draft.status ?? ''}
              onChange={(e) =>
                setDraft({ ...draft, status: isLight(e.target.value) ? e.target.value : undefined })
              }
            >
              <option value="">{t('dashboard.all')}</option>
              {TRAFFIC_LIGHTS.map((l) => (
                <option key={l} value={l}>
                  {t(`light.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm">
          {t('dashboard.apply')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onApply({})}>
          {t('dashboard.reset')}
        </button>
      </div>
    </form>
  );
}

function DashboardView({ plan, d }: { plan: PlanDocument; d: Dashboard }) {
  const { t } = useTranslation('monitoring');
  return (
    <>
      <section aria-labelledby="plan-figure" className="mb-5">
        <h2 id="plan-figure" className="h4">
          {t('dashboard.planFigure')}
        </h2>
        <p className="plan-figure mb-1" data-testid="plan-achievement">
          <Percent value={d.plan.achievement} />
        </p>
        <p className="mb-1">
          {t('dashboard.objectivesMeasured', {
            measured: formatNumber(d.plan.measured),
            total: formatNumber(d.plan.total),
          })}
        </p>
        <p className="calculation text-secondary">{d.plan.explanation}</p>
        <p className="small">{t('dashboard.today', { date: formatDate(d.today) })}</p>
      </section>
      <div className="row">
        <section aria-labelledby="by-line" className="col-lg-6 mb-5">
          <h2 id="by-line" className="h4">
            {t('dashboard.byLine')}
          </h2>
          <AchievementBars
            label={t('dashboard.chartByLine')}
            items={d.strategicLines.map((l) => ({ name: l.title, value: l.achievement }))}
          />
          <FigureTable
            caption={t('dashboard.tableByLine')}
            rows={d.strategicLines.map((l) => ({ ...l, name: l.title }))}
          />
        </section>
        <section aria-labelledby="by-unit" className="col-lg-6 mb-5">
          <h2 id="by-unit" className="h4">
            {t('dashboard.byUnit')}
          </h2>
          <AchievementBars
            label={t('dashboard.chartByUnit')}
            items={d.units.map((u) => ({ name: u.name, value: u.achievement }))}
          />
          <FigureTable caption={t('dashboard.tableByUnit')} rows={d.units} />
        </section>
      </div>
      <section aria-labelledby="lights" className="mb-5">
        <h2 id="lights" className="h4">
          {t('dashboard.lights')}
        </h2>
        <div className="row align-items-center">
          <div className="col-md-5">
            <LightsDoughnut
              label={t('dashboard.chartLights')}
              items={TRAFFIC_LIGHTS.map((l) => ({
                key: l,
                name: t(`light.${l}`),
                count: d.trafficLights[l],
              }))}
            />
          </div>
          <div className="col-md-7">
            <Table bordered size="sm" className="w-auto">
              <caption>{t('dashboard.tableLights')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.status')}</th>
                  <th scope="col" className="text-end">
                    {t('dashboard.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {TRAFFIC_LIGHTS.map((l) => (
                  <tr key={l}>
                    <th scope="row" className="fw-normal">
                      <TrafficLightBadge light={l} />
                    </th>
                    <td className="text-end">{d.trafficLights[l]}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </div>
        <p className="small">
          {t('lightLegend', { green: d.thresholds.green, yellow: d.thresholds.yellow })}
        </p>
      </section>
      <DashboardLists planId={plan.id} d={d} />
    </>
  );
}

function FigureTable({
  caption,
  rows,
}: {
  caption: string;
  rows: {
    id: string;
    name: string;
    achievement: number | null;
    measured: number;
    total: number;
    explanation: string;
  }[];
}) {
  const { t } = useTranslation('monitoring');
  return (
    <Table bordered size="sm" responsive>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.name')}</th>
          <th scope="col" className="text-end">
            {t('figure.achievement')}
          </th>
          <th scope="col">{t('dashboard.objectives')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className="fw-normal">
              {r.name}
            </th>
            <td className="text-end text-nowrap" title={r.explanation}>
              <Percent value={r.achievement} />
            </td>
            <td className="text-nowrap">
              <Counted measured={r.measured} total={r.total} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
