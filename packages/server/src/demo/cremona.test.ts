import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { organizations } from '../db/schema/organizations.ts';
import { acts, indicators, plans, planVersions } from '../db/schema/plans.ts';
import { CREMONA, seedCremona } from './cremona.ts';

describe('the Cremona demo fixture', () => {
  const tsv = readFileSync(CREMONA.fixture, 'utf8');
  const seed = readFileSync(new URL('./fixtures/cremona-seed-002.txt', import.meta.url), 'utf8');
  const rows = Papa.parse<string[]>(tsv.trim(), { delimiter: '\t' }).data;
  const header = rows[0] ?? [];

  it('holds 27 indicator rows in the import layout with the change-request columns', () => {
    expect(rows).toHaveLength(28);
    expect(header.slice(-3)).toEqual([
      'Richiesta variazione',
      'Motivazione variazione',
      'Decisione Nucleo di Valutazione',
    ]);
  });

  it('takes every text and number verbatim from the seed document (only type, polarity and weight 8 are added)', () => {
    const added = new Set(['strategico', 'gestionale', 'positiva', 'negativa', '8']);
    const missing = rows
      .slice(1)
      .flatMap((row, r) => row.map((cell, c) => ({ cell, at: `row ${r + 2} ${header[c]}` })))
      .filter(({ cell }) => cell !== '' && !added.has(cell) && !seed.includes(cell));
    expect(missing).toEqual([]);
  });
});

describe('seedCremona', async () => {
  const { app, database } = await build();
  const db = database.db;
  const seeded = await seedCremona(db, { actorUserId: null });

  it('creates the Comune di Cremona with its PEG 2019-2021 adopted as version 0', async () => {
    const [org] = await db.select().from(organizations).where(eq(organizations.id, seeded.orgId));
    expect(org).toMatchObject({ name: 'Comune di Cremona', slug: 'comune-di-cremona', province: 'Cremona' });
    const [plan] = await db.select().from(plans).where(eq(plans.id, seeded.planId));
    expect(plan).toMatchObject({
      title: 'PEG / Piano della Performance 2019-2021',
      kind: 'peg',
      startYear: 2019,
      endYear: 2021,
      status: 'adopted',
      currentVersion: 0,
    });
    const [act] = await db.select().from(acts).where(eq(acts.planId, seeded.planId));
    expect(act).toMatchObject({
      kind: 'adoption',
      body: 'Giunta Comunale',
      number: '29',
      date: '2019-02-27',
    });
    const pending = await db.select().from(changeRequests).where(eq(changeRequests.planId, seeded.planId));
    expect(pending.filter((r) => r.status === 'pending')).toHaveLength(12);
  });

  it('version 0 reads back with the 4 lines, 12 objectives and 27 indicators of the document', async () => {
    const viewer = await buildUser(db, seeded.orgId, ['viewer']);
    const { cookie } = await loginAs(app, viewer.email);
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${seeded.planId}?version=0`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc).toMatchObject({ version: 0, status: 'adopted', act: { number: '29', date: '2019-02-27' } });
    type O = {
      code: string;
      weight: number;
      indicators: { code: string; target: number; polarity: string }[];
    };
    const objectives: O[] = doc.strategicLines.flatMap((l: { objectives: O[] }) => l.objectives);
    expect(doc.strategicLines).toHaveLength(4);
    expect(objectives).toHaveLength(12);
    expect(objectives.flatMap((o) => o.indicators)).toHaveLength(27);
    expect(objectives.flatMap((o) => o.indicators).find((i) => i.code === '278')?.target).toBe(91690);
    expect(objectives.flatMap((o) => o.indicators).find((i) => i.code === '1528')?.polarity).toBe('negative');
  });

  it('a second call returns the same organisation and plan and writes nothing', async () => {
    const counts = async () =>
      Promise.all(
        [organizations, plans, indicators, planVersions].map(
          async (t) => (await db.select({ n: count() }).from(t))[0]?.n,
        ),
      );
    const before = await counts();
    expect(await seedCremona(db, { actorUserId: null })).toEqual(seeded);
    expect(await counts()).toEqual(before);
  });
});
