import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from './factories.ts';
import { build, loginAs } from './helper.ts';

describe('hostile input and protective headers', async () => {
  const { app, database } = await build();
  const root = await buildUser(database.db, (await buildOrg(database.db)).id, ['viewer'], {
    isInstanceAdmin: true,
  });

  it.each([
    ["Comune di Sant'Angelo'); drop table organizations; --"],
    ['<script>alert(1)</script> Comune'],
    ['Comune di "Virgolette" \\ e ; punto e virgola'],
  ])('a hostile name is stored and given back verbatim: %s', async (name) => {
    const session = await loginAs(app, root.email);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: session,
      payload: { name },
    });
    expect(res.statusCode).toBe(201);
    const read = await app.inject({ method: 'GET', url: `/api/v1/orgs/${res.json().id}`, headers: session });
    expect(read.json().name).toBe(name);
    expect(read.headers['content-type']).toContain('application/json');
  });

  it('a body over the limit gets 413 in the problem shape', async () => {
    const session = await loginAs(app, root.email);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { ...session, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('an unsupported content type gets 400, not a stack trace', async () => {
    const session = await loginAs(app, root.email);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { ...session, 'content-type': 'application/x-evil' },
      payload: 'a=b',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400 });
  });

  it('an unknown route is a 404 problem with nosniff', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/non-esiste' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('HTML pages carry a Content-Security-Policy without inline scripts and refuse framing', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("'unsafe-inline' 'self'");
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.body).not.toMatch(/<script>(?!\s*<\/script>)/);
  });

  it('ids that are not UUIDs get 400 naming the parameter', async () => {
    const session = await loginAs(app, root.email);
    const res = await app.inject({ method: 'GET', url: "/api/v1/plans/1'%20or%20'1'='1", headers: session });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('params.planId');
  });
});
