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

  it('a password change ends the other sessions and keeps the caller logged in with a new session', async () => {
    const person = await buildUser(database.db, org.id, ['viewer']);
    const laptop = await loginAs(app, person.email);
    const phone = await loginAs(app, person.email);
    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: laptop,
      payload: { currentPassword: 'password-di-prova-123', newPassword: 'corta' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].field).toBe('newPassword');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: laptop,
      payload: { currentPassword: 'password-di-prova-123', newPassword: 'nuova-password-sicura' },
    });
    expect(res.statusCode).toBe(204);
    const raw = res.headers['set-cookie'];
    const fresh = (Array.isArray(raw) ? raw[0] : raw)?.split(';')[0] ?? '';
    expect(fresh).not.toBe(laptop.cookie);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: phone })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: laptop })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: fresh } })).statusCode,
    ).toBe(200);
    await loginAs(app, person.email, 'nuova-password-sicura');
  });

  it('logging in again rotates the session id: the old cookie stops working', async () => {
    const first = await loginAs(app, user.email);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: first,
      payload: { email: user.email, password: 'password-di-prova-123' },
    });
    expect(res.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: first })).statusCode).toBe(401);
  });

  it('a cross-site write with a session cookie is refused (CSRF), a same-origin one is not', async () => {
    const session = await loginAs(app, user.email);
    const evil = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...session, origin: 'https://evil.example', host: 'localhost:3000' },
    });
    expect(evil.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: session })).statusCode).toBe(200);
    const same = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...session, origin: 'http://localhost:3000', host: 'localhost:3000' },
    });
    expect(same.statusCode).toBe(204);
  });
});
