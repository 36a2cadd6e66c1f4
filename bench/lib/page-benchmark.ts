import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { type Backend, type Figure, failed, measured, missing } from './figures.ts';
import { type Session, settle } from './http-benchmarks.ts';
import { repoRoot } from './server-process.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The plan page's objective list: one row (or item) per objective. */
export const OBJECTIVE_ROW = '.objectives-table tbody tr, [data-objective-row]';

/**
 * The plan page in Chromium, from navigation to the objective list on screen. The figure is the
 * median of three cold browsers (each a fresh profile, nothing cached) on a server that has built the
 * plan's answer before, as for every visitor but the first after a restart. The note has that first
 * visit (the server builds the answer too) and a warm browser's visit.
 */
export async function benchmarkPlanPage(
  backend: Backend,
  session: Session,
  options: { planId: string; objectives: number },
): Promise<Figure> {
  const figure = {
    id: 'page.plan',
    label: `plan page with ${options.objectives.toLocaleString('en')} objectives ready in Chromium`,
    backend,
    unit: 'ms' as const,
    target: { op: '<=' as const, value: 1_500 },
  };
  if (!existsSync(join(repoRoot, 'packages/web/dist/index.html')))
    return missing(figure, 'packages/web/dist is not built (npm run build)');
  if (!existsSync(CHROMIUM)) return missing(figure, `${CHROMIUM} is not installed`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 60_000 });
  const problems: string[] = [];
  try {
    const url = new URL(session.base);
    const [name, value] = session.cookie.split('=');
    /** A fresh browser profile with the session's cookie. */
    const freshPage = async () => {
      const context = await browser.newContext();
      await context.addCookies([{ name: name ?? '', value: value ?? '', domain: url.hostname, path: '/' }]);
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
      return page;
    };
    const open = async (page: Page) => {
      await settle(session);
      const started = performance.now();
      await page.goto(`${session.base}/plans/${options.planId}`, { waitUntil: 'commit', timeout: 180_000 });
      await page.waitForSelector(OBJECTIVE_ROW, { state: 'attached', timeout: 180_000 });
      return performance.now() - started;
    };
    const first = await open(await freshPage());
    // One visit moves by a few hundred ms from run to run on a shared machine: the median of three.
    const colds: number[] = [];
    let page = await freshPage();
    for (let visit = 0; visit < 3; visit++) {
      if (visit > 0) page = await freshPage();
      colds.push(await open(page));
    }
    const rows = await page.locator(OBJECTIVE_ROW).count();
    const nodes = await page.locator('body *').count();
    const warm = await open(page);
    const sorted = [...colds].sort((a, b) => a - b);
    return measured({
      ...figure,
      value: sorted[1] ?? Number.NaN,
      note: `median of 3 cold visits (${colds.map((t) => t.toFixed(0)).join(', ')} ms); warm browser ${warm.toFixed(0)} ms; first visit after the server's start (it builds the plan's answer too) ${first.toFixed(0)} ms; ${rows} objective rows and ${nodes} elements in the DOM`,
    });
  } catch (error) {
    return failed(figure, problems.length > 0 ? new Error(`${problems.slice(0, 3).join('; ')}`) : error);
  } finally {
    await browser.close();
  }
}
