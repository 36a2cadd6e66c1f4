import type { Amendment } from '@traguardo/domain/change-request/amendment.schema';
import {
  CHANGE_REQUEST_STATUSES,
  type ChangeRequest,
  type ChangeRequestStatus,
} from '@traguardo/domain/change-request/change-request.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Alert, Badge, Table } from 'design-react-kit';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { AmendmentForm } from './amendment-form.tsx';
import { changeRequestPath, newChangeRequestPath, versionsPath } from './change-request-links.ts';
import { useChangeRequests, variationDocumentUrl } from './change-requests.api.ts';
import { targetLabel } from './plan-items.ts';
import { requestWords } from './request-texts.ts';
import { usePlanRoles } from './use-plan-roles.ts';

const statusColor: Record<ChangeRequestStatus, string> = {
  pending: 'warning',
  decided: 'primary',
  adopted: 'success',
};

/** The requests of a plan, with their decisions; the secretary adopts decided ones as an amendment. */
export function ChangeRequestsPage() {
  const { planId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const status = CHANGE_REQUEST_STATUSES.find((s) => s === search.get('status'));
  const plan = usePlan(planId);
  const requests = useChangeRequests(planId, status);
  const [created, setCreated] = useState<Amendment | null>(null);
  const { t } = useTranslation('changeRequests');
  usePageTitle(t('title'));
  return (
    <QueryState query={plan}>
      {(doc) => (
        <>
          <Header plan={doc} />
          <div className="select-wrapper mb-4 col-md-4">
            <label htmlFor="cr-filter">{t('filter.label')}</label>
            <select
              id="cr-filter"
              value={status ?? ''}
              onChange={(e) => setSearch(e.target.value ? { status: e.target.value } : {})}
            >
              <option value="">{t('filter.all')}</option>
              {CHANGE_REQUEST_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {created && (
            <Alert color="success" fade={false}>
              <p className="mb-2">
                {t('amendment.created', { number: created.number, version: created.version })}
              </p>
              <Link to={versionsPath(doc.id)}>{t('versionsLink')}</Link>
              {' · '}
              <a href={variationDocumentUrl(doc.id, created.id, 'pdf')}>{t('versions.pdf')}</a>
            </Alert>
          )}
          <QueryState query={requests}>
            {(list) => <RequestsTable plan={doc} requests={list} onCreated={setCreated} />}
          </QueryState>
        </>
      )}
    </QueryState>
  );
}

function Header({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('changeRequests');
  const orgName = useOrgName(plan.orgId);
  const roles = usePlanRoles(plan.orgId);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('crumb') },
        ]}
      />
      <h1 className="mb-3">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="d-flex flex-wrap gap-3 mb-4">
        {roles.canFile && plan.status === 'adopted' && (
          <Link className="btn btn-primary" to={newChangeRequestPath(plan.id)}>
            {t('newRequest')}
          </Link>
        )}
        <Link className="btn btn-outline-primary" to={versionsPath(plan.id)}>
          {t('versionsLink')}
        </Link>
      </div>
    </>
  );
}

function RequestsTable({
  plan,
  requests,
  onCreated,
}: {
  plan: PlanDocument;
  requests: ChangeRequest[];
  onCreated: (amendment: Amendment) => void;
}) {
  const { t } = useTranslation('changeRequests');
  const roles = usePlanRoles(plan.orgId);
  const decided = requests.filter((r) => r.status === 'decided');
  if (requests.length === 0) return <p>{t('empty')}</p>;
  const label = (r: ChangeRequest) => targetLabel(plan, r.target, t(`targetType.${r.target.type}`));
  const table = (select: ((r: ChangeRequest) => ReactNode) | null) => (
    <Table responsive className="change-requests-table">
      <caption className="visually-hidden">{t('title')}</caption>
      <thead>
        <tr>
          {select && <th scope="col">{t('columns.select')}</th>}
          <th scope="col">{t('columns.target')}</th>
          <th scope="col">{t('columns.request')}</th>
          <th scope="col">{t('columns.reason')}</th>
          <th scope="col">{t('columns.status')}</th>
          <th scope="col">{t('columns.decision')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => (
          <tr key={r.id}>
            {select && <td>{select(r)}</td>}
            <th scope="row" className="fw-normal">
              <Link to={changeRequestPath(plan.id, r.id)} aria-label={t('open', { target: label(r) })}>
                {label(r)}
              </Link>
            </th>
            <td className="text-prewrap small">{requestWords(plan, r)}</td>
            <td className="small">{r.reason}</td>
            <td>
              <Badge color={statusColor[r.status]}>{t(`status.${r.status}`)}</Badge>
            </td>
            <td className="small">
              {r.decision && (
                <>
                  <strong>{t(`outcome.${r.decision.outcome}`)}</strong>
                  {r.decision.note && <div className="text-prewrap">{r.decision.note}</div>}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  if (!roles.canAmend || decided.length === 0 || plan.status !== 'adopted') return table(null);
  return <AmendmentForm plan={plan} label={label} onCreated={onCreated} renderTable={table} />;
}
