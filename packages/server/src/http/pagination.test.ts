import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';

describe('lists that grow page with ?limit=&cursor= and a Link header', async () => {
  const { app, database } = await build();
  const org = await buildOrg(database.db);
  const secretary = await buildUser(database.db, org.id, ['secretary']);
  for (const name of ['Bianchi Anna', 'Colombo Luca', 'De Luca Ida', 'Esposito Marco', 'Ferrari Sara']) {
    await buildPerson(database.db, org.id, { name });
  }

  async function walk(path: string, cookie: string) {
    const names: string[] = [];
    let next: string | null = `${path}?limit=2`;
    let pages = 0;
    while (next) {
      const res: LightMyRequestResponse = await app.inject({ method: 'GET', url: next, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      const body: Array<{ name: string }> = res.json();
      expect(body.length).toBeLessThanOrEqual(2);
      names.push(...body.map((p) => p.name));
      const link: unknown = res.headers.link;
      next = typeof link === 'string' ? (/<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null) : null;
      pages++;
    }
    return { names, pages };
  }

  it('following rel="next" from page to page gives every person once, in order, and the last page has no Link', async () => {
    const { cookie } = await loginAs(app, secretary.email);
    const all = (
      await app.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/people`, headers: { cookie } })
    ).json();
    const { names, pages } = await walk(`/api/v1/orgs/${org.id}/people`, cookie);
    expect(names).toEqual(all.map((p: { name: string }) => p.name));
    expect(names).toHaveLength(6);
    expect(pages).toBe(3);
  });

  it('the users list pages the same way', async () => {
    for (let i = 0; i < 2; i++) await buildUser(database.db, org.id, ['viewer']);
    const { cookie } = await loginAs(app, secretary.email);
    const { names } = await walk(`/api/v1/orgs/${org.id}/users`, cookie);
    expect(new Set(names).size).toBe(3);
  });

  it('a limit out of range or a forged cursor gets 400 naming the parameter', async () => {
    const { cookie } = await loginAs(app, secretary.email);
    const tooMany = await app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/people?limit=100000`,
      headers: { cookie },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].field).toBe('querystring.limit');
    const forged = await app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/people?limit=2&cursor=-1`,
      headers: { cookie },
    });
    expect(forged.statusCode).toBe(400);
  });
});
