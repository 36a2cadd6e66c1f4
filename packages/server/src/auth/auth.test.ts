import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';

describe('login and sessions', async () => {
  const { app, database } = await build();
  const org = await buildOrg(database.db);
  const user = await buildUser(database.db, org.id, ['secretary']);

  it('a user logs in, sees their organisations in /me, and logs out', async () => {
    const { cookie } = await loginAs(app, user.email);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().organizations).toEqual([expect.objectContaining({ id: org.id, roles: ['secretary'] })]);
    expect(me.headers['cache-control']).toBe('no-store');
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
  });

  it('a wrong password gets 401 in the problem shape', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'sbagliata' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ status: 401, title: expect.any(String), detail: expect.any(String) });
  });

  it('after 10 failures for one account the 11th attempt gets 429 with Retry-After', async () => {
    const victim = await buildUser(database.db, org.id, ['viewer']);
    for (let i = 0; i < 10; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: victim.email, password: `x${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: victim.email, password: 'password-di-prova-123' },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('malformed JSON gets 400 in the one error shape, without a stack trace', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('every response carries nosniff', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/status' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
