import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { outlineOf, type PlanDocument, type StrategicLine } from '@traguardo/domain/plan/plan.schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { objectiveFixture, planFixture } from './plan.fixture.ts';
import { PlanPage } from './plan-page.tsx';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let plan: PlanDocument;

// Only the network boundary is replaced: the page, the client, the schemas and the queries are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input), 'http://localhost');
  // The page reads the plan's outline, as the server builds it from the document.
  if (url.pathname === `/api/v1/plans/${plan.id}/outline`) return json(outlineOf(plan));
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  // The tables never scroll the window (jsdom would say it cannot).
  vi.spyOn(window, 'scrollTo');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fetchMock.mockClear();
});

/** The two lines of the Cremona PEG the seeds describe, with a few of their objectives. */
function cremonaPlan(): PlanDocument {
  const base = planFixture([
    objectiveFixture(),
    objectiveFixture({ code: 'C50_0005', title: 'Valorizzazione del sistema museale', weight: 5 }),
  ]);
  const second: StrategicLine = {
    id: '00000000-0000-4000-8000-00000000aaaa',
    code: null,
    title: 'Città dell’innovazione e dei servizi',
    description: null,
    objectives: [
      objectiveFixture({
        code: 'C10_0001',
        title: 'Attività di supporto agli organi istituzionali',
        kind: 'operational',
        unit: { id: '00000000-0000-4000-8000-00000000bbbb', name: 'Segreteria Generale' },
        responsible: { id: '00000000-0000-4000-8000-00000000cccc', name: 'Rossi Maria' },
      }),
    ],
  };
  return { ...base, strategicLines: [...(base.strategicLines[0] ? [base.strategicLines[0]] : []), second] };
}

const UNITS = ['Settore 120 Casa e Abitare', 'Servizi Demografici', 'Polizia Locale', 'Bilancio e Tributi'];
const PEOPLE = ['CAPUTO Claudio', 'RIZZI Giuseppe', 'DE LUCA Ida', 'Quaglia Maurizia'];

/** A large organisation's plan: `lines` lines of `perLine` objectives, codes L01_001… */
function largePlan(lines: number, perLine: number): PlanDocument {
  const base = planFixture([]);
  const strategicLines: StrategicLine[] = Array.from({ length: lines }, (_, l) => ({
    id: `00000000-0000-4000-9000-${String(l).padStart(12, '0')}`,
    code: String(l + 1),
    title: `Linea strategica ${l + 1}`,
    description: null,
    objectives: Array.from({ length: perLine }, (_, o) => {
      const n = l * perLine + o;
      return objectiveFixture({
        code: `L${String(l + 1).padStart(2, '0')}_${String(o + 1).padStart(3, '0')}`,
        title: n === 7 ? 'Attività di rendicontazione' : `Obiettivo numero ${n + 1}`,
        unit: { id: `00000000-0000-4000-a000-${String(n % 4).padStart(12, '0')}`, name: UNITS[n % 4] ?? '' },
        responsible: {
          id: `00000000-0000-4000-b000-${String(n % 4).padStart(12, '0')}`,
          name: PEOPLE[n % 4] ?? '',
        },
      });
    }),
  }));
  return { ...base, strategicLines };
}

async function openPlan(shown: PlanDocument) {
  plan = shown;
  renderRoutes([{ path: '/plans/:planId', element: <PlanPage /> }], `/plans/${shown.id}`);
  await screen.findByRole('heading', { level: 1, name: shown.title });
}

const table = (lineTitle: string) =>
  screen.getByRole('table', { name: `Obiettivi della linea «${lineTitle}»` });
const bodyRows = (lineTitle: string) => within(table(lineTitle)).getAllByRole('row').slice(1);
const codesOf = (lineTitle: string) =>
  bodyRows(lineTitle).map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the plan page of a comune', () => {
  it('lists every objective of every line, with code, title link, unit, responsible and weight', async () => {
    const cremona = cremonaPlan();
    await openPlan(cremona);
    expect(codesOf('Città per una cultura fra memoria ed immaginazione')).toEqual(['C50_0004', 'C50_0005']);
    const [row] = bodyRows('Città dell’innovazione e dei servizi');
    if (!row) throw new Error('no row');
    expect(row.textContent).toContain('Segreteria Generale');
    expect(row.textContent).toContain('Rossi Maria');
    expect(row.textContent).toContain('Operativo');
    const objective = cremona.strategicLines[1]?.objectives[0];
    expect(
      within(row)
        .getByRole('link', { name: 'Attività di supporto agli organi istituzionali' })
        .getAttribute('href'),
    ).toBe(`/plans/${cremona.id}/objectives/${objective?.id}`);
  });

  it('keeps a small plan as it was: no filter box, a plain table without row counts', async () => {
    await openPlan(cremonaPlan());
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(table('Città dell’innovazione e dei servizi').getAttribute('aria-rowcount')).toBeNull();
    const index = screen.getByRole('navigation', { name: 'Indice delle linee strategiche' });
    expect(
      within(index)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Città per una cultura fra memoria ed immaginazione (2 obiettivi)',
      'Città dell’innovazione e dei servizi (1 obiettivo)',
    ]);
  });
});

describe('the plan page of a large organisation', () => {
  it('renders only the rows near the viewport, and tells the true row count and each row’s place', async () => {
    await openPlan(largePlan(3, 100));
    const first = table('Linea strategica 1');
    expect(first.getAttribute('aria-rowcount')).toBe('101');
    const rows = bodyRows('Linea strategica 1');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    expect(codesOf('Linea strategica 1').slice(0, 3)).toEqual(['L01_001', 'L01_002', 'L01_003']);
    expect(
      within(first)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Codice', 'Obiettivo', 'Tipo', 'Settore', 'Responsabile', 'Peso']);
    expect(screen.getByRole('status').textContent).toBe('300 obiettivi in 3 linee strategiche.');
    expect(window.scrollTo).not.toHaveBeenCalled();
  });

  it('filters the objectives by code as the user types', async () => {
    await openPlan(largePlan(3, 100));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filtra gli obiettivi' }), {
      target: { value: 'l02_05' },
    });
    await screen.findByText('10 obiettivi su 300 corrispondono al filtro.');
    expect(codesOf('Linea strategica 2')).toEqual(
      Array.from({ length: 10 }, (_, i) => `L02_${String(50 + i).padStart(3, '0')}`),
    );
    expect(table('Linea strategica 2').getAttribute('aria-rowcount')).toBe('11');
    // Lines without a match leave the page and its index.
    expect(screen.queryByRole('table', { name: 'Obiettivi della linea «Linea strategica 1»' })).toBeNull();
    const index = screen.getByRole('navigation', { name: 'Indice delle linee strategiche' });
    expect(
      within(index)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Linea strategica 2 (10 obiettivi)']);
    // The line keeps its number in the plan while the lines before it are filtered away.
    expect(within(index).getByRole('listitem').getAttribute('value')).toBe('2');
  });

  it('finds objectives by responsible and unit together, in any case and word order', async () => {
    await openPlan(largePlan(3, 100));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'ida  DE LUCA polizia' } });
    const status = await screen.findByText(/corrispondono al filtro/);
    expect(status.textContent).toBe('75 obiettivi su 300 corrispondono al filtro.');
    for (const row of bodyRows('Linea strategica 1'))
      expect(row.textContent).toContain('Polizia LocaleDE LUCA Ida');
  });

  it('finds a title without its accents, and says so when nothing matches', async () => {
    await openPlan(largePlan(3, 100));
    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: 'attivita rendicontazione' } });
    await screen.findByText('1 obiettivo su 300 corrisponde al filtro.');
    expect(codesOf('Linea strategica 1')).toEqual(['L01_008']);

    fireEvent.change(box, { target: { value: 'inesistente' } });
    await screen.findByText('Nessun obiettivo corrisponde a «inesistente».');
    expect(screen.queryAllByRole('table')).toEqual([]);

    fireEvent.change(box, { target: { value: '' } });
    await screen.findByText('300 obiettivi in 3 linee strategiche.');
    expect(screen.getAllByRole('table')).toHaveLength(3);
  });
});
