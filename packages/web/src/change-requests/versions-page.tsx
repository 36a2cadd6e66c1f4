import { formatLocalDate as formatDate } from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { changeRequestsPath, diffPath } from './change-request-links.ts';
import { usePlanVersions, variationDocumentUrl } from './change-requests.api.ts';

/** Every adopted version with its act; each can be read as adopted, compared, and its variation document downloaded. */
export function VersionsPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation('changeRequests');
  usePageTitle(t('versions.title'));
  return <QueryState query={plan}>{(doc) => <Versions plan={doc} />}</QueryState>;
}

function Versions({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('changeRequests');
  const orgName = useOrgName(plan.orgId);
  const versions = usePlanVersions(plan.id);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('versions.crumb') },
        ]}
      />
      <h1 className="mb-4">{t('versions.title')}</h1>
      <p>
        <Link to={changeRequestsPath(plan.id)}>{t('versions.changeRequests')}</Link>
      </p>
      <QueryState query={versions}>
        {(list) => (
          <Table responsive className="versions-table">
            <caption>{t('versions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versions.version')}</th>
                <th scope="col">{t('versions.act')}</th>
                <th scope="col">{t('versions.amendment')}</th>
                <th scope="col">{t('versions.documents')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((v) => (
                <tr key={v.version}>
                  <th scope="row">
                    <Link
                      to={planPath(plan.id, v.version)}
                      aria-label={t('versions.view', { version: v.version })}
                    >
                      {v.version}
                    </Link>
                    {v.version > 0 && (
                      <div className="small">
                        <Link to={diffPath(plan.id, v.version - 1, v.version)}>
                          {t('versions.compare', { version: v.version - 1 })}
                        </Link>
                      </div>
                    )}
                  </th>
                  <td>
                    {v.actNumber &&
                      t('versions.actText', {
                        body: v.actBody ?? '',
                        number: v.actNumber,
                        date: formatDate(v.actDate),
                      })}
                  </td>
                  <td>
                    {v.amendment
                      ? t('versions.amendmentNumber', { number: v.amendment.number })
                      : t('versions.adoption')}
                    {v.amendment && (
                      <div className="small text-secondary">
                        {t('versions.requests', { count: v.changeRequestIds.length })}
                      </div>
                    )}
                  </td>
                  <td>
                    {v.amendment && (
                      <ul className="list-unstyled mb-0">
                        <li>
                          <a href={variationDocumentUrl(plan.id, v.amendment.id, 'pdf')}>
                            {t('versions.pdf')}
                          </a>
                        </li>
                        <li>
                          <a href={variationDocumentUrl(plan.id, v.amendment.id, 'xlsx')}>
                            {t('versions.xlsx')}
                          </a>
                        </li>
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
