import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { longRenders, renderPdf } from './pdf.ts';
import type { PdfJob, PdfResult } from './pdf-worker.ts';
import type { PlanSource } from './plan-source.ts';
import { renderPegPdf } from './render-peg-pdf.ts';
import { renderPlanPdf } from './render-plan-pdf.ts';

/**
 * The plan and PEG PDFs of a large plan, rendered in a worker thread: the server's event loop
 * stays free for other requests, and the worker's heap is capped (`WORKER_HEAP_MB`), so V8
 * collects the render's garbage as it goes instead of letting the heap grow past a gigabyte.
 * One render at a time (`longRenders`), on a worker kept while renders are queued; a worker that cannot
 * start means the render runs in the process instead.
 */

/** Objectives above which a plan document goes to the worker (Chieve has 7, Cremona 6). */
export const WORKER_OBJECTIVES = 300;
export const WORKER_HEAP_MB = 512;

/** The worker could not run the job (did not start, crashed, ran out of heap). */
class WorkerUnavailable extends Error {}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }>();

/** tsx's ESM API, to load the worker's TypeScript the way the server's own was loaded. */
function tsxApi(): string {
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
}

/**
 * The worker's code. Compiled (`npm start`), this module is inside dist/server.js and the worker is
 * its sibling dist/pdf-worker.js (build.mjs). From the TypeScript sources (tests, `npm run dev`) the
 * worker registers tsx's loader before it imports its entry (execArgv's --import does not reach a
 * worker's entry in Node 20).
 */
function workerScript(): { code: string | URL; eval: boolean } {
  const compiled = new URL('./pdf-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return { code: compiled, eval: false };
  const entry = new URL('./pdf-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxApi())}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
  return { code: boot, eval: true };
}

function startWorker(): Worker {
  const script = workerScript();
  const w = new Worker(script.code, {
    eval: script.eval,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 48 },
  });
  w.unref();
  w.on('message', (result: PdfResult) => {
    const job = pending.get(result.id);
    pending.delete(result.id);
    if (!job) return;
    // Idle, the worker would keep its heap (hundreds of MB): let it go, the next render starts another.
    if (pending.size === 0 && longRenders.stats().waiting === 0) {
      if (worker === w) worker = null;
      w.removeAllListeners('exit');
      void w.terminate();
    }
    if ('error' in result) job.reject(new Error(result.error));
    else job.resolve(Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength));
  });
  const fail = (error: Error) => {
    if (worker === w) worker = null;
    for (const job of pending.values()) job.reject(new WorkerUnavailable(error.message));
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`PDF worker stopped (exit code ${code})`)));
  return w;
}

function inWorker(document: PdfJob['document'], source: PlanSource): Promise<Buffer> {
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, document, source } satisfies PdfJob);
  });
}

const renderers = { plan: renderPlanPdf, peg: renderPegPdf };

/** The plan (or PEG) PDF: in the worker for a large plan, in the process for a small one. */
export async function renderPlanDocument(
  document: PdfJob['document'],
  source: PlanSource,
  options: { worker?: boolean } = {},
): Promise<Buffer> {
  const objectives = source.plan.strategicLines.reduce((n, line) => n + line.objectives.length, 0);
  const worker = options.worker ?? objectives > WORKER_OBJECTIVES;
  if (!worker) return renderPdf(renderers[document](source));
  return longRenders.run(async () => {
    try {
      return await inWorker(document, source);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
      // E.g. too little memory for a thread: render here, a part at a time (already holding the turn).
      console.warn(`PDF worker unavailable (${error.message}): rendering in the server process`);
      return renderPdf(renderers[document](source), { queued: false });
    }
  });
}
