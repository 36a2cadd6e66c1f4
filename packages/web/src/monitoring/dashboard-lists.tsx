import {
  AwaitingValidationSchema,
  type Dashboard,
  type DashboardListPage,
  DashboardObjectiveSchema,
  type IndicatorDue,
  IndicatorDueSchema,
  PhaseBehindSchema,
} from '@traguardo/domain/achievement/dashboard.schema';
import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AchievementCells, Percent } from './figures.tsx';
import { ListPager } from './list-pager.tsx';
import { ListSection } from './list-section.tsx';
import { indicatorPath, objectivePath } from './monitoring-links.ts';
import { usePagedRows } from './paged-list.ts';

/** The dashboard's lists, each a table of its first page with the rest a "Mostra altri" away. */
export function DashboardLists({ planId, d }: { planId: string; d: Dashboard }) {
  const { t } = useTranslation('monitoring');
  return (
    <>
      <ObjectivesTable planId={planId} d={d} />
      <DueTable
        id="overdue"
        title={t('dashboard.overdue')}
        help={t('dashboard.overdueHelp')}
        empty={t('dashboard.overdueNone')}
        first={d.overdue}
        page={d.lists.overdue}
        planId={planId}
        showDays
      />
      <DueTable
        id="unmeasured"
        title={t('dashboard.unmeasured')}
        empty={t('dashboard.unmeasuredNone')}
        first={d.unmeasured}
        page={d.lists.unmeasured}
        planId={planId}
      />
      <PhasesBehind planId={planId} d={d} />
      <Awaiting planId={planId} d={d} />
    </>
  );
}

function ObjectivesTable({ planId, d }: { planId: string; d: Dashboard }) {
  const { t } = useTranslation('monitoring');
  const list = usePagedRows(planId, d.objectives, d.lists.objectives, DashboardObjectiveSchema);
  return (
    <ListSection
      id="objectives"
      title={t('dashboard.objectives')}
      empty={t('dashboard.noObjectives')}
      isEmpty={list.total === 0}
    >
      <Table bordered responsive size="sm">
        <caption>{t('dashboard.objectivesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.code')}</th>
            <th scope="col">{t('dashboard.objective')}</th>
            <th scope="col">{t('dashboard.unit')}</th>
            <th scope="col">{t('dashboard.responsible')}</th>
            <th scope="col" className="text-end">
              {t('figure.achievement')}
            </th>
            <th scope="col">{t('dashboard.indicators')}</th>
            <th scope="col">{t('dashboard.status')}</th>
            <th scope="col">{t('figure.calculation')}</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((o) => (
            <tr key={o.id} data-objective={o.code}>
              <td className="text-nowrap">
                <Link to={objectivePath(planId, o.id)}>{o.code}</Link>
              </td>
              <th scope="row" className="fw-normal">
                {o.title}
              </th>
              <td>{o.unit?.name ?? ''}</td>
              <td>{o.responsible?.name ?? ''}</td>
              <AchievementCells row={o} />
              <td className="calculation small">{o.explanation}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListPager list={list} name={t('dashboard.objectives')} />
    </ListSection>
  );
}

function DueTable({
  id,
  title,
  help,
  empty,
  first,
  page,
  planId,
  showDays = false,
}: {
  id: string;
  title: string;
  help?: string;
  empty: string;
  first: IndicatorDue[];
  page: DashboardListPage;
  planId: string;
  showDays?: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const list = usePagedRows(planId, first, page, IndicatorDueSchema);
  return (
    <ListSection id={id} title={title} help={help} empty={empty} isEmpty={list.total === 0}>
      <Table bordered responsive size="sm">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.indicator')}</th>
            <th scope="col">{t('dashboard.objective')}</th>
            <th scope="col">{t('dashboard.unit')}</th>
            <th scope="col">{t('dashboard.deadline')}</th>
            {showDays && (
              <th scope="col" className="text-end">
                {t('dashboard.daysOverdue')}
              </th>
            )}
            <th scope="col">{t('dashboard.lastMeasurement')}</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((i) => (
            <tr key={i.indicatorId} data-indicator={i.code}>
              <th scope="row" className="fw-normal">
                <Link to={indicatorPath(planId, i.indicatorId)}>
                  {i.code} {i.title}
                </Link>
              </th>
              <td>{i.objectiveCode}</td>
              <td>{i.unit?.name ?? ''}</td>
              <td className="text-nowrap">
                {formatDate(i.deadline)}{' '}
                {i.deadlineInferred && <span className="small">{t('dashboard.deadlineInferred')}</span>}
              </td>
              {showDays && <td className="text-end">{i.daysOverdue}</td>}
              <td className="text-nowrap">
                {i.lastMeasurement
                  ? `${formatDate(i.lastMeasurement.date)}: ${formatNumber(i.lastMeasurement.value)}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListPager list={list} name={title} />
    </ListSection>
  );
}

function PhasesBehind({ planId, d }: { planId: string; d: Dashboard }) {
  const { t } = useTranslation('monitoring');
  const list = usePagedRows(planId, d.phasesBehind, d.lists.phasesBehind, PhaseBehindSchema);
  return (
    <ListSection
      id="phases-behind"
      title={t('dashboard.phasesBehind')}
      help={t('dashboard.phasesBehindHelp')}
      empty={t('dashboard.phasesNone')}
      isEmpty={list.total === 0}
    >
      <Table bordered responsive size="sm">
        <caption>{t('dashboard.phasesBehind')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.objective')}</th>
            <th scope="col">{t('dashboard.phase')}</th>
            <th scope="col">{t('dashboard.plannedEnd')}</th>
            <th scope="col" className="text-end">
              {t('dashboard.monthsLate')}
            </th>
            <th scope="col" className="text-end">
              {t('figure.achievement')}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((p) => (
            <tr key={p.phaseId}>
              <td>
                <Link to={objectivePath(planId, p.objectiveId)}>{p.objectiveCode}</Link>
              </td>
              <th scope="row" className="fw-normal">
                {p.number}. {p.title}
              </th>
              <td>{formatDate(p.plannedEnd)}</td>
              <td className="text-end">{p.monthsLate}</td>
              <td className="text-end">
                <Percent value={p.objectiveAchievement} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListPager list={list} name={t('dashboard.phasesBehind')} />
    </ListSection>
  );
}

function Awaiting({ planId, d }: { planId: string; d: Dashboard }) {
  const { t } = useTranslation('monitoring');
  const list = usePagedRows(
    planId,
    d.awaitingValidation,
    d.lists.awaitingValidation,
    AwaitingValidationSchema,
  );
  return (
    <ListSection
      id="awaiting"
      title={t('dashboard.awaiting')}
      empty={t('dashboard.awaitingNone')}
      isEmpty={list.total === 0}
    >
      <ul>
        {list.rows.map((a) => (
          <li key={a.measurementId}>
            <Link to={indicatorPath(planId, a.indicatorId)}>
              {a.code} {a.title}
            </Link>{' '}
            ({a.objectiveCode}): {formatDate(a.date)}, {t('dashboard.value').toLowerCase()}{' '}
            {formatNumber(a.value)}
          </li>
        ))}
      </ul>
      <ListPager list={list} name={t('dashboard.awaiting')} />
    </ListSection>
  );
}
