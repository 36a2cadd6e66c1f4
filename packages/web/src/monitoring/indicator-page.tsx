import { deadlineOf } from '@traguardo/domain/achievement/build-dashboard';
import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { Indicator, Objective, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Alert } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/auth.api.ts';
import { deadlineText, targetText } from '../plans/indicators-table.tsx';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { Counted, Percent } from './figures.tsx';
import { findIndicator } from './find-indicator.ts';
import { MeasurementForm } from './measurement-form.tsx';
import { MeasurementHistory } from './measurement-history.tsx';
import { useAchievement } from './monitoring.api.ts';
import { dashboardPath, objectivePath } from './monitoring-links.ts';
import { canMeasure, canValidate } from './permissions.ts';
import { TrafficLightOf } from './traffic-light-badge.tsx';

/** One indicator of the plan in force: its current achievement, the measurement form, the history. */
export function IndicatorPage() {
  const { planId = '', indicatorId = '' } = useParams();
  const plan = usePlan(planId);
  const achievement = useAchievement(planId);
  const { t } = useTranslation('monitoring');
  const found = plan.data ? findIndicator(plan.data, indicatorId) : null;
  usePageTitle(found ? t('indicator.title', { code: found.indicator.code }) : undefined);
  return (
    <QueryState query={plan}>
      {(doc) =>
        found ? (
          <QueryState query={achievement}>
            {(a) => (
              <IndicatorView
                plan={doc}
                achievement={a}
                objective={found.objective}
                indicator={found.indicator}
              />
            )}
          </QueryState>
        ) : (
          <Alert color="warning" fade={false}>
            {t('indicator.notFound')}
          </Alert>
        )
      }
    </QueryState>
  );
}

function IndicatorView({
  plan,
  achievement,
  objective,
  indicator,
}: {
  plan: PlanDocument;
  achievement: PlanAchievement;
  objective: Objective;
  indicator: Indicator;
}) {
  const { t } = useTranslation('monitoring');
  const { t: tp } = useTranslation('plans');
  const orgName = useOrgName(plan.orgId);
  const me = useMe();
  const current = achievement.objectives.find((o) => o.id === objective.id);
  const figure = current?.indicators.find((i) => i.id === indicator.id);
  const mayMeasure = canMeasure(me.data, plan.orgId, objective.unit?.id ?? null);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: objective.code, to: objectivePath(plan.id, objective.id) },
          { label: indicator.code },
        ]}
      />
      <h1 className="h2">{t('indicator.title', { code: indicator.code })}</h1>
      <p className="lead">{indicator.title}</p>
      <dl className="row mb-4">
        <Fact label={t('indicator.objective')}>
          <Link to={objectivePath(plan.id, objective.id)}>
            {objective.code} {objective.title}
          </Link>
        </Fact>
        {indicator.formula && <Fact label={t('indicator.formula')}>{indicator.formula}</Fact>}
        {indicator.expression && (
          <Fact label={t('indicator.expression')}>
            <code>{indicator.expression}</code>
          </Fact>
        )}
        <Fact label={t('indicator.target')}>
          {indicator.binary ? tp('indicators.binary') : targetText(indicator)}
        </Fact>
        <Fact label={t('indicator.polarity')}>
          {tp(`polarity.${indicator.polarity}`)} ({tp(`polarityHint.${indicator.polarity}`)})
        </Fact>
        {deadlineText(indicator) && <Fact label={t('indicator.deadline')}>{deadlineText(indicator)}</Fact>}
      </dl>
      <section aria-labelledby="current" className="mb-5">
        <h2 id="current" className="h4">
          {t('indicator.current')}
        </h2>
        <p className="plan-figure mb-1" data-testid="indicator-achievement">
          <Percent value={figure?.achievement ?? null} />
        </p>
        {current && (
          <p className="mb-1">
            <TrafficLightOf achievement={figure?.achievement ?? null} /> · {objective.code}:{' '}
            <Percent value={current.achievement} /> (
            <Counted measured={current.measured} total={current.total} />)
          </p>
        )}
        {figure && <p className="calculation">{figure.explanation}</p>}
        <p>
          <Link to={dashboardPath(plan.id)}>{t('indicator.backToDashboard')}</Link>
        </p>
      </section>
      {plan.status !== 'adopted' ? (
        <Alert color="info" fade={false}>
          {t('form.draft')}
        </Alert>
      ) : mayMeasure ? (
        <MeasurementForm
          planId={plan.id}
          indicator={indicator}
          rules={achievement.rules}
          deadline={deadlineOf(indicator, objective, plan.startYear).deadline}
        />
      ) : (
        <p className="text-secondary">{t('form.notAllowed')}</p>
      )}
      <MeasurementHistory
        planId={plan.id}
        indicator={indicator}
        canValidate={canValidate(me.data, plan.orgId) && plan.status === 'adopted'}
      />
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{label}</dt>
      <dd className="col-sm-8 col-lg-9">{children}</dd>
    </>
  );
}
