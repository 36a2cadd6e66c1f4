import { describe, expect, it } from 'vitest';
import { build, loginAs } from '../../test/helper.ts';
import { ensureInstanceAdmin } from './ensure-instance-admin.ts';

describe('the instance administrator from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
  const { app, database } = await build();

  it('two processes starting at once both succeed, and the administrator can log in', async () => {
    await Promise.all([
      ensureInstanceAdmin(database.db, 'Admin@Ente.it', 'password-amministratore'),
      ensureInstanceAdmin(database.db, 'admin@ente.it', 'password-amministratore'),
    ]);
    const session = await loginAs(app, 'admin@ente.it', 'password-amministratore');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: session });
    expect(me.json()).toMatchObject({ isInstanceAdmin: true });
  });

  it('a restart with the same password keeps the sessions; a new password ends them', async () => {
    const session = await loginAs(app, 'admin@ente.it', 'password-amministratore');
    await ensureInstanceAdmin(database.db, 'admin@ente.it', 'password-amministratore');
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: session })).statusCode).toBe(200);
    await ensureInstanceAdmin(database.db, 'admin@ente.it', 'nuova-password-amministratore');
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: session })).statusCode).toBe(401);
    await loginAs(app, 'admin@ente.it', 'nuova-password-amministratore');
  });
});
