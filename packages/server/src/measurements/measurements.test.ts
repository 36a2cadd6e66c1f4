import { LIMITS } from '@traguardo/domain/limits';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../test/factories.ts';
import { build } from '../../test/helper.ts';
import { auditLog } from '../db/schema/audit.ts';
import { indicators } from '../db/schema/plans.ts';
import { measurementWorld } from './measurement-test-setup.ts';

const multipart = (filename: string, content: Buffer, field = 'file') => {
  const boundary = `----traguardo${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('measurements', async () => {
  const { app, database } = await build();
  const db = database.db;
  const w = await measurementWorld(app, db);
  const [i1a = '', i1b = ''] = w.indicatorIds;
  const post = (cookie: string, indicatorId: string, payload: object) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/indicators/${indicatorId}/measurements`,
      headers: { cookie },
      payload,
    });
  const achievement = async () =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/plans/${w.plan.id}/achievement`,
        headers: { cookie: w.cookies.manager },
      })
    ).json();

  it('a manager records a final measurement of an own unit’s indicator and the achievement follows: 150 su 200 → 75%', async () => {
    const res = await post(w.cookies.manager, i1a, {
      date: '2020-12-31',
      final: true,
      value: 150,
      note: 'dal gestionale',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      indicatorId: i1a,
      value: 150,
      final: true,
      status: 'recorded',
      note: 'dal gestionale',
      counts: true,
    });
    const a = await achievement();
    expect(a.objectives[0]).toMatchObject({ achievement: 75, measured: 1, total: 2 });
    expect(a.objectives[0].indicators[0]).toMatchObject({ id: i1a, achievement: 75 });
    expect(a.objectives[0].indicators[0].explanation).toBe(
      'Rilevazione finale del 31/12/2020: 150 su 200 → 75%',
    );
    expect(a.objectives[1]).toMatchObject({ achievement: null, measured: 0, total: 2 });
    expect(a.plan).toMatchObject({ achievement: 75, measured: 1, total: 2 });
  });

  it('the secretary may measure any unit’s indicator', async () => {
    const res = await post(w.cookies.secretary, i1b, { date: '2020-12-31', final: true, value: 1 });
    expect(res.statusCode).toBe(201);
    expect((await achievement()).objectives[0].achievement).toBe((75 * 60 + 100 * 40) / 100);
  });

  it('a manager of another unit gets 403, an employee 403, another organisation 404', async () => {
    const body = { date: '2020-12-31', final: true, value: 1 };
    expect((await post(w.cookies.otherManager, i1a, body)).statusCode).toBe(403);
    expect((await post(w.cookies.employee, i1a, body)).statusCode).toBe(403);
    expect((await post(w.cookies.stranger, i1a, body)).statusCode).toBe(404);
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/v1/indicators/${i1a}/measurements`,
      payload: body,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('a draft plan takes no measurements: 409', async () => {
    const draft = await buildPlan(db, w.org.id, { unitId: w.unit.id });
    const res = await post(w.cookies.manager, draft.indicatorIds[0] ?? '', {
      date: '2020-06-30',
      final: false,
      value: 3,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('draft');
  });

  it('an indicator removed by an amendment takes no measurements: 409', async () => {
    const extra = await buildPlan(db, w.org.id, { unitId: w.unit.id });
    await db
      .update(indicators)
      .set({ removedInVersion: 1 })
      .where(eq(indicators.id, extra.indicatorIds[0] ?? ''));
    const { plans } = await import('../db/schema/plans.ts');
    await db.update(plans).set({ status: 'adopted', currentVersion: 1 }).where(eq(plans.id, extra.plan.id));
    const res = await post(w.cookies.manager, extra.indicatorIds[0] ?? '', {
      date: '2020-06-30',
      final: false,
      value: 3,
    });
    expect(res.statusCode).toBe(409);
  });

  it('the latest final by date counts, a later interim does not replace it, a same-day correction does', async () => {
    const [, , i2a = ''] = w.indicatorIds;
    await post(w.cookies.manager, i2a, { date: '2020-06-30', final: false, value: 100 });
    await post(w.cookies.manager, i2a, { date: '2020-12-31', final: true, value: 150 });
    await post(w.cookies.manager, i2a, { date: '2020-12-31', final: true, value: 180, note: 'correzione' });
    await post(w.cookies.manager, i2a, { date: '2021-01-15', final: false, value: 10 });
    const a = await achievement();
    expect(a.objectives[1].indicators[0]).toMatchObject({ achievement: 90, measurement: { value: 180 } });
    const history = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/indicators/${i2a}/measurements`,
        headers: { cookie: w.cookies.employee },
      })
    ).json();
    expect(history.map((m: { value: number; counts: boolean }) => [m.value, m.counts])).toEqual([
      [10, false],
      [180, true],
      [150, false],
      [100, false],
    ]);
  });

  it('a binary indicator takes 0 or 1 only', async () => {
    const res = await post(w.cookies.manager, i1b, { date: '2020-12-31', final: true, value: 2 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'value' })]);
  });

  it('a date outside the plan’s years is refused', async () => {
    const res = await post(w.cookies.manager, i1a, { date: '2091-12-31', final: true, value: 2 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('date');
  });

  describe('formula variables', () => {
    it('the value is computed from the variables of the indicator’s formula', async () => {
      await db
        .update(indicators)
        .set({ expression: 'realizzate / previste * 100', target: 90 })
        .where(eq(indicators.id, i1a));
      const res = await post(w.cookies.manager, i1a, {
        date: '2020-12-31',
        final: true,
        variables: { realizzate: 45, previste: 50 },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ value: 90, variables: { realizzate: 45, previste: 50 } });
      const a = await achievement();
      expect(a.objectives[0].indicators[0].explanation).toBe(
        'Rilevazione finale del 31/12/2020, valore calcolato 90 da realizzate = 45, previste = 50: 90 su 90 → 100%',
      );
    });

    it('the year-on-year delta (a - b) / b * 100 of Cremona’s 1011', async () => {
      await db
        .update(indicators)
        .set({ expression: '(a - b) / b * 100', target: 3 })
        .where(eq(indicators.id, i1a));
      const res = await post(w.cookies.manager, i1a, {
        date: '2020-12-31',
        final: true,
        variables: { a: 51_500, b: 50_000 },
      });
      expect(res.json().value).toBeCloseTo(3, 10);
    });

    it('a missing variable, an unknown one and a division by zero are 422 naming the variable', async () => {
      await db
        .update(indicators)
        .set({ expression: 'realizzate / previste * 100' })
        .where(eq(indicators.id, i1a));
      const missing = await post(w.cookies.manager, i1a, {
        date: '2020-12-31',
        final: true,
        variables: { realizzate: 3, prevista: 4 },
      });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'variables.previste',
        'variables.prevista',
      ]);
      const zero = await post(w.cookies.manager, i1a, {
        date: '2020-12-31',
        final: true,
        variables: { realizzate: 3, previste: 0 },
      });
      expect(zero.statusCode).toBe(422);
      expect(zero.json().errors).toEqual([
        { field: 'variables.previste', message: expect.stringContaining('Division by zero') },
      ]);
    });

    it('both value and variables, or neither, or variables without a formula: 422', async () => {
      expect(
        (
          await post(w.cookies.manager, i1a, {
            date: '2020-12-31',
            final: true,
            value: 1,
            variables: { realizzate: 1, previste: 1 },
          })
        ).statusCode,
      ).toBe(422);
      expect((await post(w.cookies.manager, i1a, { date: '2020-12-31', final: true })).statusCode).toBe(422);
      const noFormula = await post(w.cookies.manager, i1b, {
        date: '2020-12-31',
        final: true,
        variables: { x: 1 },
      });
      expect(noFormula.statusCode).toBe(422);
      expect(noFormula.json().errors[0].message).toContain('no computable formula');
    });
  });

  describe('evidence', () => {
    const newMeasurement = async () =>
      (await post(w.cookies.manager, i1a, { date: '2020-09-30', final: false, value: 10 })).json()
        .id as string;
    const upload = (cookie: string, id: string, filename: string, content: Buffer) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/measurements/${id}/evidence`,
        ...withCookie(multipart(filename, content), cookie),
      });
    const withCookie = (m: ReturnType<typeof multipart>, cookie: string) => ({
      payload: m.payload,
      headers: { ...m.headers, cookie },
    });

    it('a PDF is stored with the measurement and downloads unchanged as an attachment', async () => {
      const id = await newMeasurement();
      const res = await upload(w.cookies.manager, id, 'verbale 2020.pdf', PDF);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        filename: 'verbale 2020.pdf',
        mimeType: 'application/pdf',
        size: PDF.length,
      });
      const got = await app.inject({
        method: 'GET',
        url: `/api/v1/measurements/${id}/evidence/${res.json().id}`,
        headers: { cookie: w.cookies.employee },
      });
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload.equals(PDF)).toBe(true);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toContain('attachment; filename="verbale 2020.pdf"');
      const history = (
        await app.inject({
          method: 'GET',
          url: `/api/v1/indicators/${i1a}/measurements`,
          headers: { cookie: w.cookies.manager },
        })
      ).json();
      expect(history.find((m: { id: string }) => m.id === id).evidence).toHaveLength(1);
    });

    it('the type is read from the bytes: xlsx and csv pass, an executable renamed .pdf does not', async () => {
      const id = await newMeasurement();
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Dati').addRow(['realizzate', 45]);
      const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
      expect((await upload(w.cookies.manager, id, 'dati.xlsx', xlsx)).json().mimeType).toContain(
        'spreadsheetml',
      );
      expect(
        (await upload(w.cookies.manager, id, 'dati.csv', Buffer.from('a;b\n1;2\n'))).json().mimeType,
      ).toContain('text/csv');
      const exe = await upload(
        w.cookies.manager,
        id,
        'verbale.pdf',
        Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
      );
      expect(exe.statusCode).toBe(422);
      expect(exe.json().errors[0].field).toBe('file');
      const binaryCsv = await upload(
        w.cookies.manager,
        id,
        'dati.csv',
        Buffer.from([0x00, 0x01, 0x02, 0xff]),
      );
      expect(binaryCsv.statusCode).toBe(422);
    });

    it('a file above the evidence limit gets 413', async () => {
      const id = await newMeasurement();
      const big = Buffer.concat([PDF, Buffer.alloc(LIMITS.evidenceBytes)]);
      expect((await upload(w.cookies.manager, id, 'grande.pdf', big)).statusCode).toBe(413);
    });

    it('only who may measure the indicator may attach evidence', async () => {
      const id = await newMeasurement();
      expect((await upload(w.cookies.otherManager, id, 'x.pdf', PDF)).statusCode).toBe(403);
      expect((await upload(w.cookies.stranger, id, 'x.pdf', PDF)).statusCode).toBe(404);
    });
  });

  describe('validation by the Nucleo', () => {
    const validate = (cookie: string, id: string, payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/measurements/${id}/validation`,
        headers: { cookie },
        payload,
      });
    const [, , , i2b = ''] = w.indicatorIds;

    it('the evaluator validates a final measurement; a second decision is 409', async () => {
      const id = (await post(w.cookies.manager, i2b, { date: '2020-12-31', final: true, value: 1 })).json()
        .id;
      expect((await validate(w.cookies.manager, id, { outcome: 'validated' })).statusCode).toBe(403);
      const res = await validate(w.cookies.evaluator, id, {
        outcome: 'validated',
        comment: 'Conforme agli atti',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'validated',
        validation: { comment: 'Conforme agli atti' },
      });
      expect(
        (await validate(w.cookies.evaluator, id, { outcome: 'returned', comment: 'ripensamento' }))
          .statusCode,
      ).toBe(409);
    });

    it('interim measurements are not validated', async () => {
      const id = (await post(w.cookies.manager, i2b, { date: '2020-06-30', final: false, value: 0 })).json()
        .id;
      expect((await validate(w.cookies.evaluator, id, { outcome: 'validated' })).statusCode).toBe(409);
    });

    it('sending back needs a comment, and a returned measurement stops counting', async () => {
      const [, , i2a = ''] = w.indicatorIds;
      const id = (await post(w.cookies.manager, i2a, { date: '2020-12-31', final: true, value: 200 })).json()
        .id;
      expect((await achievement()).objectives[1].indicators[0].achievement).toBe(100);
      const noComment = await validate(w.cookies.evaluator, id, { outcome: 'returned' });
      expect(noComment.statusCode).toBe(422);
      expect(noComment.json().errors[0].field).toBe('comment');
      const res = await validate(w.cookies.evaluator, id, {
        outcome: 'returned',
        comment: 'Manca la documentazione',
      });
      expect(res.json().status).toBe('returned');
      // Back to the same-day correction recorded earlier (180 of 200).
      expect((await achievement()).objectives[1].indicators[0].achievement).toBe(90);
    });
  });

  it('every write is in the audit log', async () => {
    const rows = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, w.org.id)));
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'measurement.record',
      'measurement.evidence.add',
      'measurement.validate',
      'measurement.return',
    ])
      expect(actions).toContain(a);
  });
});
