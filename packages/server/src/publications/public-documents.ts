import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { renderPdf } from '../documents/pdf.ts';
import type { PlanSource } from '../documents/plan-source.ts';
import { renderPlanDocument } from '../documents/render-in-worker.ts';
import { renderOpenDataCsv, renderOpenDataJson } from '../documents/render-open-data.ts';
import { BuiltOnce } from '../http/built-once.ts';
import { renderReportPdf } from '../reports/render-report-pdf.ts';
import { renderReportXlsx } from '../reports/render-report-xlsx.ts';
import type { ReportSource } from '../reports/report-source.ts';
import type { LivePublication } from './load-published.ts';

export const VERSION_DOCUMENTS = ['piano.pdf', 'peg.pdf', 'dati-aperti.json', 'dati-aperti.csv'] as const;
export type VersionDocument = (typeof VERSION_DOCUMENTS)[number];
export const REPORT_DOCUMENTS = ['relazione.pdf', 'relazione.xlsx'] as const;
export type ReportDocument = (typeof REPORT_DOCUMENTS)[number];

export type RenderedDocument = {
  body: Buffer | string;
  format: 'pdf' | 'xlsx' | 'csv' | 'json';
  fileName: string;
};

// A publication is frozen, so are its documents: kept once rendered (the most recently used, up to
// 32 MB), and rendered once when many ask for one at the same time (a large plan's PDF takes ~30 s).
const published = new BuiltOnce<RenderedDocument>(32 * 1024 * 1024, (document) =>
  typeof document.body === 'string' ? Buffer.byteLength(document.body) : document.body.length,
);

/** A document of one published version, rendered from its snapshot; null when that version is not published. */
export async function renderPublishedVersionDocument(
  publication: LivePublication,
  plan: PlanDocument,
  document: VersionDocument,
): Promise<RenderedDocument | null> {
  const { content } = publication;
  const version = plan.version ?? -1;
  if (!content.versions.some((x) => x.version === version)) return null;
  const source: PlanSource = { organization: content.organization, plan, secretary: content.secretary };
  const latest = content.versions.at(-1)?.version === version;
  // Results are public once the Relazione is validated, and belong to the version in force.
  const achievement = latest ? (content.report?.achievement ?? null) : null;
  const base = `${content.organization.slug}-performance-${content.plan.startYear}-v${version}`;
  return published.get(`${publication.id}:${version}:${document}`, async () => {
    switch (document) {
      case 'piano.pdf':
        return { body: await renderPlanDocument('plan', source), format: 'pdf', fileName: `${base}-piano` };
      case 'peg.pdf':
        return { body: await renderPlanDocument('peg', source), format: 'pdf', fileName: `${base}-peg` };
      case 'dati-aperti.json':
        return {
          body: JSON.stringify(renderOpenDataJson(source, achievement), null, 1),
          format: 'json',
          fileName: `${base}-dati-aperti`,
        };
      case 'dati-aperti.csv':
        return {
          body: renderOpenDataCsv(source, achievement),
          format: 'csv',
          fileName: `${base}-dati-aperti`,
        };
    }
  });
}

/** The validated Relazione as published (on the version in force, `plan`); null before validation. */
export async function renderPublishedReport(
  publication: LivePublication,
  plan: PlanDocument,
  document: ReportDocument,
): Promise<RenderedDocument | null> {
  const { content } = publication;
  if (!content.report) return null;
  const source: ReportSource = {
    organization: content.organization,
    plan,
    secretary: content.secretary,
    achievement: content.report.achievement,
    report: {
      status: 'validated',
      commentary: content.report.commentary,
      validatedAt: content.report.validatedAt,
    },
    versions: content.versions.map(({ counts: _counts, ...v }) => v),
    changes: content.changes,
  };
  const fileName = `${content.organization.slug}-relazione-performance-${content.plan.startYear}`;
  return published.get(`${publication.id}:${document}`, async () =>
    document === 'relazione.pdf'
      ? { body: await renderPdf(renderReportPdf(source)), format: 'pdf', fileName }
      : { body: await renderReportXlsx(source), format: 'xlsx', fileName },
  );
}
