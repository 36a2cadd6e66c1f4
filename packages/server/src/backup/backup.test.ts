import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { verifyAudit } from '../audit/verify-audit.ts';
import { createBackup } from './create-backup.ts';
import { restoreBackup } from './restore-backup.ts';

describe('backup, restore and the audit chain', async () => {
  const source = await build();
  const target = await build();
  const org = await buildOrg(source.database.db, { name: 'Comune di Salvataggio' });
  const unit = await buildUnit(source.database.db, org.id, { name: 'Settore Tecnico' });
  const { plan } = await buildPlan(source.database.db, org.id, { unitId: unit.id, objectiveCount: 3 });
  const secretary = await buildUser(source.database.db, org.id, ['secretary']);
  const admin = await buildUser(source.database.db, org.id, ['admin']);
  const file = join(mkdtempSync(join(tmpdir(), 'traguardo-backup-')), 'backup.jsonl.gz');

  it('a backup restored into a fresh database gives identical API answers', async () => {
    const { cookie } = await loginAs(source.app, admin.email);
    const created = await source.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/users`,
      headers: { cookie },
      payload: {
        email: 'nuovo@salvataggio.it',
        name: 'Nuovo Utente',
        password: 'una-password-lunga',
        roles: ['viewer'],
      },
    });
    expect(created.statusCode).toBe(201);
    const counts = await createBackup(source.database.db, file);
    expect(counts.objectives).toBe(3);
    expect(counts.audit_log).toBeGreaterThan(0);
    await restoreBackup(target.database.db, file);

    const urls = [
      `/api/v1/orgs`,
      `/api/v1/orgs/${org.id}`,
      `/api/v1/orgs/${org.id}/plans`,
      `/api/v1/plans/${plan.id}`,
      `/api/v1/orgs/${org.id}/users`,
    ];
    const before = await loginAs(source.app, secretary.email);
    const after = await loginAs(target.app, secretary.email);
    for (const url of urls) {
      const a = await source.app.inject({ method: 'GET', url, headers: before });
      const b = await target.app.inject({ method: 'GET', url, headers: after });
      expect(b.statusCode, url).toBe(200);
      expect(b.json(), url).toEqual(a.json());
    }
    expect(await verifyAudit(target.database.db)).toMatchObject({ ok: true });
  });

  it('restoring into a database that already holds data is refused, and nothing is written', async () => {
    await expect(restoreBackup(source.database.db, file)).rejects.toThrow(/not empty/);
  });

  it('audit verify passes on an untouched chain and detects an edited entry', async () => {
    const db = source.database.db;
    const ok = await verifyAudit(db);
    expect(ok).toMatchObject({ ok: true });
    expect(ok.entries).toBeGreaterThan(1);
    await db.execute(
      sql`update audit_log set after = '{"name":"Falsificato"}'::jsonb where id = (select min(id) from audit_log)`,
    );
    const broken = await verifyAudit(db);
    expect(broken.ok).toBe(false);
  });
});
