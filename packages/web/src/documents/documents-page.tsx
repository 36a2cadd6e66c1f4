import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { PlanNav } from '../plans/plan-nav.tsx';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useVersionNumbers } from './documents.api.ts';
import { documentUrls, reportPath } from './documents-links.ts';
import { PublicationPanel } from './publication-panel.tsx';

/** Every download of the plan (any adopted version), the Relazione's, and the publication. */
export function DocumentsPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation('documents');
  usePageTitle(t('documents.title'));
  return <QueryState query={plan}>{(doc) => <DocumentsView plan={doc} />}</QueryState>;
}

function DocumentsView({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('documents');
  const orgName = useOrgName(plan.orgId);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('documents.crumb') },
        ]}
      />
      <h1 className="mb-3">{t('documents.title')}</h1>
      <PlanNav plan={plan} current="documents" />
      <DocumentsPanel plan={plan} />
      {plan.status !== 'draft' && <ReportDownloads planId={plan.id} />}
      <PublicationPanel plan={plan} />
    </>
  );
}

type Download = { href: string; label: string };

function DownloadGroup({ title, hint, items }: { title: string; hint: string; items: Download[] }) {
  return (
    <li className="mb-3">
      <span className="fw-semibold">{title}</span> <span className="text-secondary">– {hint}</span>
      <div className="d-flex flex-wrap gap-2 mt-1">
        {items.map((d) => (
          <a key={d.href} className="btn btn-outline-primary btn-sm" href={d.href} download>
            {d.label}
          </a>
        ))}
      </div>
    </li>
  );
}

/** The plan's downloads, for the version in force or an adopted one. */
export function DocumentsPanel({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('documents');
  const id = useId();
  const versions = useVersionNumbers(plan.id, plan.status !== 'draft');
  const [version, setVersion] = useState<number | undefined>(undefined);
  const urls = documentUrls(plan.id, version);
  const suffix = (label: string) => (version === undefined ? label : `${label} (v${version})`);
  return (
    <section aria-labelledby={`${id}-title`} className="mb-5">
      <h2 id={`${id}-title`} className="h4 mb-3">
        {t('documents.plan')}
      </h2>
      {(versions.data?.length ?? 0) > 1 && (
        <div className="select-wrapper mb-3" style={{ maxWidth: '20rem' }}>
          <label htmlFor={`${id}-version`}>{t('documents.version')}</label>
          <select
            id={`${id}-version`}
            value={version === undefined ? '' : String(version)}
            onChange={(e) => setVersion(e.target.value === '' ? undefined : Number(e.target.value))}
          >
            <option value="">{t('documents.current')}</option>
            {versions.data?.map((v) => (
              <option key={v} value={v}>
                {t('documents.versionOption', { version: v })}
              </option>
            ))}
          </select>
        </div>
      )}
      <ul className="list-unstyled">
        <DownloadGroup
          title={t('documents.planPdf')}
          hint={t('documents.planPdfHint')}
          items={[{ href: urls.planPdf, label: suffix('PDF') }]}
        />
        <DownloadGroup
          title={t('documents.pegPdf')}
          hint={t('documents.pegPdfHint')}
          items={[{ href: urls.pegPdf, label: suffix('PDF') }]}
        />
        <DownloadGroup
          title={t('documents.spreadsheets')}
          hint={t('documents.spreadsheetsHint')}
          items={[
            { href: urls.xlsx, label: suffix('Excel (.xlsx)') },
            { href: urls.ods, label: suffix('LibreOffice (.ods)') },
            { href: urls.csv, label: suffix('CSV') },
          ]}
        />
        <DownloadGroup
          title={t('documents.openData')}
          hint={t('documents.openDataHint')}
          items={[
            { href: urls.openDataCsv, label: suffix('CSV') },
            { href: urls.openDataJson, label: suffix('JSON') },
          ]}
        />
      </ul>
    </section>
  );
}

function ReportDownloads({ planId }: { planId: string }) {
  const { t } = useTranslation('documents');
  const urls = documentUrls(planId);
  return (
    <section aria-labelledby="report-downloads" className="mb-5">
      <h2 id="report-downloads" className="h4">
        {t('documents.reportTitle')}
      </h2>
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <a className="btn btn-outline-primary btn-sm" href={urls.reportPdf} download>
          {t('documents.reportPdf')}
        </a>
        <a className="btn btn-outline-primary btn-sm" href={urls.reportXlsx} download>
          {t('documents.reportXlsx')}
        </a>
        <Link to={reportPath(planId)}>{t('documents.reportPage')}</Link>
      </div>
    </section>
  );
}
