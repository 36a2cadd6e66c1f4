import { formatYears } from '@traguardo/domain/format/italian';
import type { PlanSummary } from '@traguardo/domain/plan/plan.schema';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PlanStatusBadge, versionLabel } from '../plans/plan-labels.tsx';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { LoadError, Loading, QueryState } from '../ui/query-state.tsx';
import { TextBlock } from '../ui/text-block.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { AwaitingDecision } from './awaiting-decision.tsx';
import { ManageLink, OrgShortcuts, PlanCreationLinks } from './org-shortcuts.tsx';
import { type OrgDetail, useOrg, useOrgPlans, usePeoplePages } from './orgs.api.ts';
import { categoryLabel } from './role-labels.ts';

/** An organisation: its plans, its introduction, its units (settori) and its staff. */
export function OrgPage() {
  const { orgId = '' } = useParams();
  const org = useOrg(orgId);
  usePageTitle(org.data?.name);
  return (
    <QueryState query={org}>
      {(detail) => (
        <>
          <PageBreadcrumbs items={[{ label: detail.name }]} />
          <h1 className="mb-1">{detail.name}</h1>
          {detail.province && <ProvinceLine province={detail.province} />}
          <OrgShortcuts orgId={detail.id} />
          <AwaitingDecision orgId={detail.id} />
          <PlansSection orgId={detail.id} />
          <Introduction org={detail} />
          <UnitsSection org={detail} />
          <PeopleSection org={detail} />
        </>
      )}
    </QueryState>
  );
}

function ProvinceLine({ province }: { province: string }) {
  const { t } = useTranslation('orgs');
  return <p className="lead mb-4">{t('org.province', { province })}</p>;
}

function Introduction({ org }: { org: OrgDetail }) {
  const { t } = useTranslation('orgs');
  if (!org.introduction) return null;
  return (
    <section aria-labelledby="org-introduction" className="mb-5">
      <h2 id="org-introduction" className="h3">
        {t('org.introduction')}
      </h2>
      <TextBlock text={org.introduction} title={t('org.introduction')} />
    </section>
  );
}

function PlansSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation('orgs');
  const plans = useOrgPlans(orgId);
  return (
    <section aria-labelledby="org-plans" className="mb-5">
      <h2 id="org-plans" className="h3">
        {t('org.plans')}
      </h2>
      <PlanCreationLinks orgId={orgId} />
      <QueryState query={plans}>
        {(list) => (list.length === 0 ? <p>{t('org.noPlans')}</p> : <PlansTable plans={list} />)}
      </QueryState>
    </section>
  );
}

function PlansTable({ plans }: { plans: PlanSummary[] }) {
  const { t } = useTranslation('orgs');
  const { t: tp } = useTranslation('plans');
  return (
    <Table responsive hover>
      <caption className="visually-hidden">{t('org.plansCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.title')}</th>
          <th scope="col">{t('columns.kind')}</th>
          <th scope="col">{t('columns.years')}</th>
          <th scope="col">{t('columns.status')}</th>
          <th scope="col">{t('columns.version')}</th>
          <th scope="col" className="text-end">
            {t('columns.lines')}
          </th>
          <th scope="col" className="text-end">
            {t('columns.objectives')}
          </th>
          <th scope="col" className="text-end">
            {t('columns.indicators')}
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <th scope="row" className="fw-normal">
              <Link to={`/plans/${plan.id}`} lang="it">
                {plan.title}
              </Link>
            </th>
            <td>{tp(`kind.${plan.kind}`)}</td>
            <td className="text-nowrap">{formatYears(plan.startYear, plan.endYear)}</td>
            <td>
              <PlanStatusBadge status={plan.status} />
            </td>
            <td>{versionLabel(plan.currentVersion, tp)}</td>
            <td className="text-end">{plan.counts.strategicLines}</td>
            <td className="text-end">{plan.counts.objectives}</td>
            <td className="text-end">{plan.counts.indicators}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function UnitsSection({ org }: { org: OrgDetail }) {
  const { t } = useTranslation('orgs');
  const hasCodes = org.units.some((unit) => unit.code);
  return (
    <section aria-labelledby="org-units" className="mb-5">
      <h2 id="org-units" className="h3">
        {t('org.units')}
      </h2>
      <ManageLink orgId={org.id} what="units" />
      {org.units.length === 0 ? (
        <p>{t('org.noUnits')}</p>
      ) : (
        <Table responsive>
          <caption className="visually-hidden">{t('org.unitsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.unit')}</th>
              {hasCodes && <th scope="col">{t('columns.code')}</th>}
              <th scope="col">{t('columns.manager')}</th>
            </tr>
          </thead>
          <tbody>
            {org.units.map((unit) => (
              <tr key={unit.id}>
                <th scope="row" className="fw-normal">
                  {unit.name}
                </th>
                {hasCodes && <td>{unit.code ?? ''}</td>}
                <td>{unit.managerName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

/** The staff a page at a time: a large comune has 25,000 people. */
function PeopleSection({ org }: { org: OrgDetail }) {
  const { t } = useTranslation('orgs');
  const pages = usePeoplePages(org.id);
  const people = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const unitName = new Map(org.units.map((u) => [u.id, u.name]));
  const hasJobTitles = people.some((person) => person.jobTitle);
  return (
    <section aria-labelledby="org-people" className="mb-5">
      <h2 id="org-people" className="h3">
        {t('org.people')}
      </h2>
      <ManageLink orgId={org.id} what="people" />
      {pages.isPending && <Loading />}
      {pages.isError && <LoadError error={pages.error} onRetry={() => void pages.refetch()} />}
      {pages.isSuccess && people.length === 0 && <p>{t('org.noPeople')}</p>}
      {people.length > 0 && (
        <Table responsive size="sm">
          <caption className="visually-hidden">{t('org.peopleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              {hasJobTitles && <th scope="col">{t('columns.jobTitle')}</th>}
              <th scope="col">{t('columns.category')}</th>
              <th scope="col">{t('columns.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row" className="fw-normal">
                  {person.name}
                </th>
                {hasJobTitles && <td>{person.jobTitle ?? ''}</td>}
                <td>{categoryLabel(person.category, t)}</td>
                <td>{person.unitId ? (unitName.get(person.unitId) ?? '') : ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {pages.hasNextPage && (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          disabled={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {t('org.morePeople')}
        </button>
      )}
    </section>
  );
}
