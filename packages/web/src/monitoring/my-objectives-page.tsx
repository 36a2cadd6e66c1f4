import type { MyTasks } from '@traguardo/domain/achievement/my-tasks.schema';
import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { AchievementCells } from './figures.tsx';
import { ListSection } from './list-section.tsx';
import { myTasksXlsxUrl, useMyTasks } from './monitoring.api.ts';
import { dashboardPath, indicatorPath, objectivePath } from './monitoring-links.ts';

/** A manager's home: my objectives in the adopted plans, and what I must measure next and by when. */
export function MyObjectivesPage() {
  const { orgId = '' } = useParams();
  const tasks = useMyTasks(orgId);
  const orgName = useOrgName(orgId);
  const { t } = useTranslation('monitoring');
  usePageTitle(t('my.title'));
  return (
    <>
      <PageBreadcrumbs items={[{ label: orgName ?? '…', to: `/orgs/${orgId}` }, { label: t('my.title') }]} />
      <h1 className="h2">{t('my.title')}</h1>
      <p className="lead">{t('my.intro')}</p>
      <p>
        <a href={myTasksXlsxUrl(orgId)} download>
          {t('my.export')}
        </a>
      </p>
      <QueryState query={tasks}>
        {(data) => (
          <>
            <ToMeasure data={data} />
            <Objectives data={data} />
          </>
        )}
      </QueryState>
    </>
  );
}

function ToMeasure({ data }: { data: MyTasks }) {
  const { t } = useTranslation('monitoring');
  const when = (days: number) =>
    days > 0
      ? t('my.daysLeft', { count: days })
      : days === 0
        ? t('my.dueToday')
        : t('my.daysLate', { count: -days });
  return (
    <ListSection
      id="to-measure"
      title={t('my.toMeasure')}
      empty={t('my.toMeasureNone')}
      isEmpty={data.toMeasure.length === 0}
    >
      <Table bordered responsive size="sm">
        <caption>{t('my.toMeasureCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.deadline')}</th>
            <th scope="col">{t('dashboard.indicator')}</th>
            <th scope="col">{t('dashboard.objective')}</th>
            <th scope="col">{t('my.plan')}</th>
            <th scope="col">{t('dashboard.lastMeasurement')}</th>
          </tr>
        </thead>
        <tbody>
          {data.toMeasure.map((i) => (
            <tr key={i.indicatorId} data-indicator={i.code}>
              <td className="text-nowrap">
                {formatDate(i.deadline)}
                <span className={`d-block small ${i.daysLeft < 0 ? 'text-danger fw-semibold' : ''}`}>
                  {when(i.daysLeft)}
                </span>
              </td>
              <th scope="row" className="fw-normal">
                <Link to={indicatorPath(i.planId, i.indicatorId)}>
                  {i.code} {i.title}
                </Link>
              </th>
              <td>
                <Link to={objectivePath(i.planId, i.objectiveId)}>{i.objectiveCode}</Link>
              </td>
              <td>{i.planTitle}</td>
              <td className="text-nowrap">
                {i.lastMeasurement
                  ? `${formatDate(i.lastMeasurement.date)}: ${formatNumber(i.lastMeasurement.value)}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </ListSection>
  );
}

function Objectives({ data }: { data: MyTasks }) {
  const { t } = useTranslation('monitoring');
  const plans = [...new Map(data.objectives.map((o) => [o.planId, o.planTitle]))];
  return (
    <ListSection
      id="my-objectives"
      title={t('dashboard.objectives')}
      empty={t('my.none')}
      isEmpty={data.objectives.length === 0}
    >
      <Table bordered responsive size="sm">
        <caption>{t('my.objectivesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.code')}</th>
            <th scope="col">{t('dashboard.objective')}</th>
            <th scope="col">{t('my.relation')}</th>
            <th scope="col" className="text-end">
              {t('figure.achievement')}
            </th>
            <th scope="col">{t('dashboard.indicators')}</th>
            <th scope="col">{t('dashboard.status')}</th>
          </tr>
        </thead>
        <tbody>
          {data.objectives.map((o) => (
            <tr key={o.id} data-objective={o.code}>
              <td>
                <Link to={objectivePath(o.planId, o.id)}>{o.code}</Link>
              </td>
              <th scope="row" className="fw-normal">
                {o.title}
                <span className="d-block small text-secondary">{o.planTitle}</span>
              </th>
              <td>{t(`my.relationValue.${o.relation}`)}</td>
              <AchievementCells row={o} explanation={o.explanation} />
            </tr>
          ))}
        </tbody>
      </Table>
      <ul>
        {plans.map(([planId, title]) => (
          <li key={planId}>
            <Link to={dashboardPath(planId)}>
              {t('my.dashboard')}: {title}
            </Link>
          </li>
        ))}
      </ul>
    </ListSection>
  );
}
