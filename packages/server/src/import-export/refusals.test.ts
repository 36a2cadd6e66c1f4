import { once } from 'node:events';
import { createDeflateRaw } from 'node:zlib';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { buildApp } from '../app.ts';
import { plans } from '../db/schema/plans.ts';
import { cremonaTsv, fixture, uploadPlan } from './import-export.test-kit.ts';

/** `megabytes` of zeros deflated in 1 MB steps, without ever holding them in memory. */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(zeros)) await once(deflate, 'drain');
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(chunks);
}

/** A one-part zip whose central directory declares `declaredSize` (true or not). */
function zipOf(name: string, data: Buffer, declaredSize: number): Buffer {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('files the import refuses', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const secretary = await buildUser(db, org.id, ['secretary']);
  const { cookie } = await loginAs(app, secretary.email);
  const upload = (filename: string, bytes: Buffer) =>
    uploadPlan(app, { cookie, orgId: org.id, filename, bytes });

  it('a .xlsx declaring 300 MB inside is refused with 422 before any parser reads it', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', await deflatedZeros(1), 300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload('bomba.xlsx', bomb);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('expands to more than');
  });

  it('a .xlsx lying about its size is stopped while inflating, at the size it declared', async () => {
    const liar = zipOf('xl/worksheets/sheet1.xml', await deflatedZeros(16), 1000);
    const res = await upload('bugiardo.xlsx', liar);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('beyond its declared size');
  });

  it('a picture renamed .xlsx, a damaged zip and a binary .csv are refused with 422', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await upload('piano.xlsx', png)).statusCode).toBe(422);
    const truncated = fixture('cremona-peg-2019.xlsx').subarray(0, 5000);
    expect((await upload('piano.xlsx', truncated)).statusCode).toBe(422);
    expect((await upload('piano.csv', Buffer.from([0x41, 0x00, 0x42, 0x00]))).statusCode).toBe(422);
    expect((await db.select({ n: count() }).from(plans))[0]?.n).toBe(0);
  });

  describe('with a small upload limit', async () => {
    const small = await buildApp(db, { serveWeb: false, maxUploadBytes: 16 * 1024 });
    afterAll(() => small.close());

    it('a file over the limit gets 413 in the problem shape', async () => {
      const { cookie: smallCookie } = await loginAs(small, secretary.email);
      const res = await uploadPlan(small, {
        cookie: smallCookie,
        orgId: org.id,
        filename: 'cremona.tsv',
        bytes: cremonaTsv(),
      });
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 413, detail: expect.stringContaining('larger than') });
    });
  });
});
