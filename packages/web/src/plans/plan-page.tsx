import { formatLocalDate as formatDate, formatYears } from '@traguardo/domain/format/italian';
import type { PlanOutline } from '@traguardo/domain/plan/plan.schema';
import { Alert } from 'design-react-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { TextBlock } from '../ui/text-block.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { PlanStatusBadge, versionLabel } from './plan-labels.tsx';
import { isLargePlan, PlanLines } from './plan-lines.tsx';
import { planPath } from './plan-links.ts';
import { PlanNav } from './plan-nav.tsx';
import { usePlanOutline, versionFromSearch } from './plans.api.ts';

/** A plan: its act, introduction and strategic lines, each with its objectives (from the outline). */
export function PlanPage() {
  const { planId = '' } = useParams();
  const [search] = useSearchParams();
  const version = versionFromSearch(search);
  const plan = usePlanOutline(planId, version);
  usePageTitle(plan.data?.title);
  return <QueryState query={plan}>{(doc) => <PlanView plan={doc} requestedVersion={version} />}</QueryState>;
}

function PlanView({ plan, requestedVersion }: { plan: PlanOutline; requestedVersion: number | undefined }) {
  const { t } = useTranslation('plans');
  const orgName = useOrgName(plan.orgId);
  useScrollToHash(plan.id, isLargePlan(plan));
  return (
    <>
      <PageBreadcrumbs
        items={[{ label: orgName ?? '…', to: `/orgs/${plan.orgId}` }, { label: plan.title }]}
      />
      <h1 className="mb-3" lang="it">
        {plan.title}
      </h1>
      <PlanNav plan={plan} current="plan" />
      {requestedVersion !== undefined && (
        <Alert color="info" fade={false}>
          {t('version.viewing', { version: requestedVersion })}{' '}
          <Link to={planPath(plan.id)}>{t('version.showCurrent')}</Link>
        </Alert>
      )}
      <PlanFacts plan={plan} />
      {plan.introduction && (
        <section aria-labelledby="plan-introduction" className="mb-5">
          <h2 id="plan-introduction" className="h3">
            {t('plan.introduction')}
          </h2>
          <TextBlock text={plan.introduction} className="plan-introduction" title={t('plan.introduction')} />
        </section>
      )}
      <h2 className="h3 mb-3">{t('plan.lines')}</h2>
      {plan.strategicLines.length === 0 ? (
        <p>{t('plan.noLines')}</p>
      ) : (
        <PlanLines plan={plan} version={requestedVersion} />
      )}
    </>
  );
}

function PlanFacts({ plan }: { plan: PlanOutline }) {
  const { t } = useTranslation('plans');
  const version = plan.version ?? plan.currentVersion;
  return (
    <dl className="row plan-facts mb-4">
      <dt className="col-sm-4 col-lg-3">{t('plan.status')}</dt>
      <dd className="col-sm-8 col-lg-9">
        <PlanStatusBadge status={plan.status} />
      </dd>
      <dt className="col-sm-4 col-lg-3">{t('plan.kind')}</dt>
      <dd className="col-sm-8 col-lg-9">{t(`kind.${plan.kind}`)}</dd>
      <dt className="col-sm-4 col-lg-3">{t('plan.years')}</dt>
      <dd className="col-sm-8 col-lg-9">{formatYears(plan.startYear, plan.endYear)}</dd>
      <dt className="col-sm-4 col-lg-3">{t('plan.version')}</dt>
      <dd className="col-sm-8 col-lg-9">{versionLabel(version, t)}</dd>
      {plan.act && (
        <>
          <dt className="col-sm-4 col-lg-3">{t('plan.act')}</dt>
          <dd className="col-sm-8 col-lg-9">
            {plan.act.body
              ? t('plan.actText', {
                  body: plan.act.body,
                  number: plan.act.number,
                  date: formatDate(plan.act.date),
                })
              : t('plan.actTextNoBody', { number: plan.act.number, date: formatDate(plan.act.date) })}
          </dd>
        </>
      )}
    </dl>
  );
}

/** Client-side navigation to /plans/x#line-y: scroll to the line once the plan is on screen. */
function useScrollToHash(loadedPlanId: string, large: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash || !loadedPlanId) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    // A large plan jumps at once: a smooth scroll across it stops short when the tables it passes
    // fill in their rows.
    target.scrollIntoView({ behavior: large ? 'instant' : 'auto' });
    target.focus({ preventScroll: true });
    if (!large) return;
    // The tables around the line render and measure their rows during the next frames, which can
    // move it a little: settle on it again for a few frames.
    let frames = 10;
    let frame = 0;
    const settle = () => {
      if (Math.abs(target.getBoundingClientRect().top) > 1) target.scrollIntoView({ behavior: 'instant' });
      if (--frames > 0) frame = requestAnimationFrame(settle);
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [hash, loadedPlanId, large]);
}
