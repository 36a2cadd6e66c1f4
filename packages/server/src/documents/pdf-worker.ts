import { parentPort } from 'node:worker_threads';
import { renderPdf } from './pdf.ts';
import type { PlanSource } from './plan-source.ts';
import { renderPegPdf } from './render-peg-pdf.ts';
import { renderPlanPdf } from './render-plan-pdf.ts';

/**
 * The worker thread that renders long plan documents (render-in-worker.ts). It receives the
 * plan's data, not a pdfmake definition (which holds functions and cannot be posted), builds the
 * definition here and answers with the PDF bytes, or with the error's message.
 */
export type PdfJob = { id: number; document: 'plan' | 'peg'; source: PlanSource };
export type PdfResult = { id: number; pdf: Uint8Array } | { id: number; error: string };

const renderers = { plan: renderPlanPdf, peg: renderPegPdf };

parentPort?.on('message', async (job: PdfJob) => {
  try {
    const pdf = await renderPdf(renderers[job.document](job.source));
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    parentPort?.postMessage({ id: job.id, pdf: bytes } satisfies PdfResult, [pdf.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
