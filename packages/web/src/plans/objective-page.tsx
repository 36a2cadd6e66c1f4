import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import type { Objective, PlanDocument, StrategicLine } from '@traguardo/domain/plan/plan.schema';
import { Alert } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ObjectiveHistory } from '../audit/history-list.tsx';
import { useMe } from '../auth/auth.api.ts';
import { editObjectivePath } from '../authoring/authoring-links.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { TextBlock } from '../ui/text-block.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { findObjective } from './find-objective.ts';
import { IndicatorsTable } from './indicators-table.tsx';
import { PhaseCalendar } from './phase-calendar.tsx';
import { linePath, planPath } from './plan-links.ts';
import { PlanNav } from './plan-nav.tsx';
import { usePlan, versionFromSearch } from './plans.api.ts';

/** One objective of a plan: its sheet, its indicators and its activity calendar. */
export function ObjectivePage() {
  const { planId = '', objectiveId = '' } = useParams();
  const [search] = useSearchParams();
  const version = versionFromSearch(search);
  const plan = usePlan(planId, version);
  const found = plan.data ? findObjective(plan.data, objectiveId) : null;
  usePageTitle(found ? `${found.objective.code} ${found.objective.title}` : undefined);
  return (
    <QueryState query={plan}>
      {(doc) =>
        found ? (
          <ObjectiveView plan={doc} line={found.line} objective={found.objective} version={version} />
        ) : (
          <ObjectiveMissing plan={doc} version={version} />
        )
      }
    </QueryState>
  );
}

type ViewProps = { plan: PlanDocument; line: StrategicLine; objective: Objective; version?: number };

function ObjectiveView({ plan, line, objective, version }: ViewProps) {
  const { t } = useTranslation('plans');
  const orgName = useOrgName(plan.orgId);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id, version) },
          { label: line.title, to: linePath(plan.id, line.id, version) },
          { label: t('objective.crumb', { code: objective.code }) },
        ]}
      />
      <PlanNav plan={plan} current="plan" />
      <p className="objective-code mb-1">
        <span className="visually-hidden">{t('objective.code')}: </span>
        {objective.code}
      </p>
      <h1 className="h2 mb-4" lang="it">
        {objective.title}
      </h1>
      <EditObjectiveLink plan={plan} objective={objective} />
      <ObjectiveFacts line={line} objective={objective} />
      {objective.definition && (
        <section aria-labelledby="objective-definition" className="mb-5">
          <h2 id="objective-definition" className="h4">
            {t('objective.definition')}
          </h2>
          <TextBlock text={objective.definition} />
        </section>
      )}
      <Resources objective={objective} />
      <section aria-labelledby="objective-indicators" className="mb-5">
        <h2 id="objective-indicators" className="h4">
          {t('indicators.title')}
        </h2>
        <IndicatorsTable indicators={objective.indicators} objectiveCode={objective.code} />
      </section>
      <section aria-labelledby="objective-calendar" className="mb-5">
        <h2 id="objective-calendar" className="h4">
          {t('calendar.title')}
        </h2>
        <PhaseCalendar phases={objective.phases} objectiveCode={objective.code} />
      </section>
      <ObjectiveHistory orgId={plan.orgId} objective={objective} />
    </>
  );
}

/** While the plan is a draft, the secretary and the manager of the objective's unit may edit it. */
function EditObjectiveLink({ plan, objective }: { plan: PlanDocument; objective: Objective }) {
  const { t } = useTranslation('plans');
  const me = useMe();
  const membership = me.data?.organizations.find((o) => o.id === plan.orgId);
  const unitId = objective.unit?.id;
  const mayEdit =
    (me.data?.isInstanceAdmin ?? false) ||
    (membership?.roles.includes('secretary') ?? false) ||
    (!!membership?.roles.includes('manager') && !!unitId && membership.unitIds.includes(unitId));
  if (plan.status !== 'draft' || !mayEdit) return null;
  return (
    <p className="mb-4">
      <Link className="btn btn-primary btn-sm" to={editObjectivePath(plan.id, objective.id)}>
        {t('nav.editObjective')}
      </Link>
    </p>
  );
}

function ObjectiveFacts({ line, objective }: { line: StrategicLine; objective: Objective }) {
  const { t } = useTranslation('plans');
  const period =
    objective.periodText ??
    (objective.periodStart && objective.periodEnd
      ? t('objective.periodRange', {
          from: formatDate(objective.periodStart),
          to: formatDate(objective.periodEnd),
        })
      : null);
  const assignees = objective.allStaff
    ? t('objective.allStaff')
    : objective.assignees.map((person) => person.name).join(', ');
  return (
    <dl className="row objective-facts mb-4">
      <Fact label={t('objective.kind')}>{t(`objectiveKind.${objective.kind}`)}</Fact>
      <Fact label={t('objective.line')}>{line.title}</Fact>
      <Fact label={t('objective.unit')}>{objective.unit?.name}</Fact>
      <Fact label={t('objective.responsible')}>{objective.responsible?.name}</Fact>
      <Fact label={t('objective.weight')}>{formatNumber(objective.weight)}</Fact>
      <Fact label={t('objective.period')}>{period}</Fact>
      <Fact label={t('objective.assignees')}>{assignees}</Fact>
    </dl>
  );
}

/** One row of a description list; a missing value reads "Non indicato" rather than an empty cell. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('plans');
  const empty = children === null || children === undefined || children === '';
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{label}</dt>
      <dd className="col-sm-8 col-lg-9">
        {empty ? <span className="text-secondary">{t('objective.none')}</span> : children}
      </dd>
    </>
  );
}

function Resources({ objective }: { objective: Objective }) {
  const { t } = useTranslation('plans');
  const rows = [
    {
      label: t('objective.humanResources'),
      value:
        objective.allStaff && !objective.humanResources ? t('objective.allStaff') : objective.humanResources,
    },
    { label: t('objective.instrumentalResources'), value: objective.instrumentalResources },
    { label: t('objective.financialResources'), value: objective.financialResources },
  ].filter((row) => row.value);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="objective-resources" className="mb-5">
      <h2 id="objective-resources" className="h4">
        {t('objective.resources')}
      </h2>
      <dl className="row">
        {rows.map((row) => (
          <Fact key={row.label} label={row.label}>
            {row.value}
          </Fact>
        ))}
      </dl>
    </section>
  );
}

function ObjectiveMissing({ plan, version }: { plan: PlanDocument; version?: number }) {
  const { t } = useTranslation('plans');
  const orgName = useOrgName(plan.orgId);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id, version) },
        ]}
      />
      <h1 className="h2" lang="it">
        {plan.title}
      </h1>
      <Alert color="warning" fade={false}>
        {t('objective.notFound')}
      </Alert>
    </>
  );
}
