import { describePlanChange } from '@traguardo/domain/diff/describe-plan-change';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { measurements } from '../db/schema/measurements.ts';
import { orgUnits } from '../db/schema/organizations.ts';
import { indicators } from '../db/schema/plans.ts';
import { seedCremona } from '../demo/cremona.ts';
import { CREMONA_AMENDMENT, seedCremonaAmendment } from '../demo/cremona-amendment.ts';
import { pdfPageCount, pdfPageSizes, pdfText } from '../documents/pdf-inspect.ts';

/**
 * The year of Cremona's seed replayed (issue 5 "done when"): the PEG imported and adopted, its
 * change requests filed, decided as the Nucleo did, adopted as the fifth amendment.
 */
let app: FastifyInstance;
let planId: string;
let viewer: { cookie: string };
let seedOptions: Parameters<typeof seedCremonaAmendment>[1];
type Doc = {
  strategicLines: {
    objectives: {
      code: string;
      weight: number | null;
      indicators: { code: string; title: string; target: number | null }[];
    }[];
  }[];
};

const get = (url: string) => app.inject({ url: `/api/v1${url}`, headers: viewer });
const indicator = (doc: Doc, code: string) =>
  doc.strategicLines.flatMap((l) => l.objectives.flatMap((o) => o.indicators)).find((i) => i.code === code);
const objective = (doc: Doc, code: string) =>
  doc.strategicLines.flatMap((l) => l.objectives).find((o) => o.code === code);

beforeAll(async () => {
  ({ app } = await build());
  const { orgId, planId: id } = await seedCremona(app.db, { actorUserId: null });
  planId = id;
  const units = await app.db.select().from(orgUnits).where(eq(orgUnits.orgId, orgId));
  const culture = units.filter((u) => u.name.startsWith('Cultura')).map((u) => u.id);
  const secretary = await buildUser(app.db, orgId, ['secretary']);
  const manager = await buildUser(app.db, orgId, ['manager'], { unitIds: culture });
  const evaluator = await buildUser(app.db, orgId, ['evaluator']);
  viewer = await loginAs(app, (await buildUser(app.db, orgId, ['viewer'])).email);
  // Measured in September against the adopted target (247): the record must survive the amendment.
  const [i1299] = await app.db
    .select()
    .from(indicators)
    .where(and(eq(indicators.planId, planId), eq(indicators.code, '1299')));
  await app.db
    .insert(measurements)
    .values({ planId, indicatorId: i1299!.id, date: '2019-12-31', final: true, value: 217 });
  seedOptions = {
    orgId,
    planId,
    secretaryUserId: secretary.id,
    managerUserIds: [manager.id],
    evaluatorUserId: evaluator.id,
  };
  await seedCremonaAmendment(app.db, seedOptions);
});

describe("Cremona's fifth amendment, replayed", () => {
  it('makes version 1 by provvedimento n. 5, recording all twelve requests of the seed', async () => {
    const versions = (await get(`/plans/${planId}/versions`)).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([0, 1]);
    expect(versions[1]).toMatchObject({
      actNumber: CREMONA_AMENDMENT.act.number,
      actDate: CREMONA_AMENDMENT.act.date,
      amendment: { number: 5, baseVersion: 0 },
    });
    expect(versions[1].changeRequestIds).toHaveLength(12);
  });

  it('records each decision of the Nucleo as the seed gives it', async () => {
    const requests = (await get(`/plans/${planId}/change-requests`)).json();
    const outcomes = Object.fromEntries(
      requests.map((r: { target: { code: string }; decision: { outcome: string } }) => [
        r.target.code,
        r.decision.outcome,
      ]),
    );
    expect(outcomes).toEqual({
      '1613': 'accepted_with_changes',
      C77_0004: 'accepted_with_changes',
      C80_0003: 'accepted',
      '1011': 'accepted',
      '1299': 'accepted',
      '278': 'accepted_with_changes',
      C32_0014: 'rejected',
      '1477': 'accepted',
      '1528': 'rejected',
      '1563': 'accepted_with_changes',
      '1595': 'accepted',
      '1443': 'deferred',
    });
    for (const r of requests) expect(r.status).toBe('adopted');
  });

  it('keeps version 0 readable exactly as adopted, beside version 1', async () => {
    const v0: Doc = (await get(`/plans/${planId}?version=0`)).json();
    const v1: Doc = (await get(`/plans/${planId}?version=1`)).json();
    expect([indicator(v0, '1299')?.target, indicator(v1, '1299')?.target]).toEqual([247, 217]);
    expect([indicator(v0, '278')?.target, indicator(v1, '278')?.target]).toEqual([91690, 78000]);
    expect([objective(v0, 'C77_0004')?.weight, objective(v1, 'C77_0004')?.weight]).toEqual([8, 5]);
    expect(indicator(v1, '1563')).toBeUndefined();
    expect(indicator(v1, '1563-bis')?.title).toBe('Definizione della scheda di rilevazione delle competenze');
    expect(indicator(v1, '1011')).toMatchObject({ title: 'Numero visitatori', target: 50000 });
    expect(indicator(v1, '1443')?.target).toBe(20);
    const current: Doc = (await get(`/plans/${planId}`)).json();
    expect(current).toEqual(v1);
  });

  it('diffs the two versions as the Giunta reads them', async () => {
    const diff = (await get(`/plans/${planId}/diff?from=0&to=1`)).json();
    const lines: string[] = diff.changes.map(describePlanChange);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Indicatore 1299 – target: 247 → 217',
        'Obiettivo C77_0004 – peso: 8 → 5; periodo: — → Consuntivo 2018 entro fine anno; preventivo 2019 non redatto',
        'Indicatore 278 – target: 91.690 → 78.000',
        'Obiettivo C50_0005 – peso: 8 → 5',
        'Obiettivo C16_0011 – peso: 8 → 5',
        'Indicatore 1563 – eliminato (Rilevazione delle competenze effettuata.)',
        'Indicatore 1563-bis – aggiunto: Definizione della scheda di rilevazione delle competenze',
        'Indicatore 1595 – target: 0 → 5',
      ]),
    );
    const codes = diff.changes.map((c: { code: string }) => c.code);
    // Rejected and deferred requests change nothing.
    for (const untouched of ['1443', '1528', 'C32_0014', '1174']) expect(codes).not.toContain(untouched);
  });

  it('produces the variation document with the columns of the seed, as PDF and xlsx', async () => {
    const versions = (await get(`/plans/${planId}/versions`)).json();
    const amendmentId = versions[1].amendment.id;
    const pdf = await get(`/plans/${planId}/amendments/${amendmentId}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const body = pdf.rawPayload;
    const text = pdfText(body);
    for (const expected of [
      'COMUNE DI CREMONA',
      'Quinto provvedimento di variazione',
      'Variazioni ed integrazioni al Piano dettagliato degli obiettivi',
      'Responsabile',
      'Codice e Titolo Obiettivo',
      'Codice e Titolo Indicatore',
      'Richiesta variazione',
      'Motivazione',
      'Decisione del Nucleo',
      'Città per una cultura fra memoria ed immaginazione',
      "Contestualmente, il target dell'utilizzo della Sala Mostre temporanee dovrebbe essere ridotto a 217",
      "SI VALUTERA' L'ESITO A CONSUNTIVO",
      'Allegato alla delibera G.C. n. 245 del 27/11/2019',
    ])
      expect(text).toContain(expected);
    expect(pdfPageCount(body)).toBeGreaterThan(1);
    expect(pdfPageSizes(body)[0]).toEqual({ width: 842, height: 595 });

    const xlsx = await get(`/plans/${planId}/amendments/${amendmentId}/document.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.rawPayload).buffer);
    const sheet = workbook.getWorksheet('Variazioni');
    const values = (n: number) => (sheet?.getRow(n).values as unknown[] | undefined)?.slice(1) ?? [];
    expect(values(4)).toEqual([
      'Linea strategica',
      'Responsabile',
      'Settore',
      'Codice e Titolo Obiettivo',
      'Codice e Titolo Indicatore',
      'Formula',
      'Finalità',
      'Target',
      'Peso',
      'Richiesta variazione',
      'Motivazione',
      'Decisione del Nucleo',
    ]);
    const rows = Array.from({ length: (sheet?.rowCount ?? 0) - 4 }, (_, n) => values(n + 5).map(String));
    expect(rows).toHaveLength(27);
    const row1299 = rows.find((r) => r[4]?.startsWith('1299 '));
    expect(row1299?.slice(7, 9)).toEqual(['247', '30']);
    expect(row1299?.[11]).toContain('TARGET PREVENTIVO 217');
  });

  it('keeps measurements attached and measures against the target in force (1299: 217 of 217)', async () => {
    const achievement = (await get(`/plans/${planId}/achievement`)).json();
    const all = achievement.objectives.flatMap(
      (o: { indicators: { code: string; achievement: number | null }[] }) => o.indicators,
    );
    expect(all.find((i: { code: string }) => i.code === '1299')?.achievement).toBe(100);
    expect(all.map((i: { code: string }) => i.code)).not.toContain('1563');
    expect(all.map((i: { code: string }) => i.code)).toContain('1563-bis');
  });

  it('does nothing when run again', async () => {
    await seedCremonaAmendment(app.db, seedOptions);
    const versions = (await get(`/plans/${planId}/versions`)).json();
    expect(versions).toHaveLength(2);
  });
});
