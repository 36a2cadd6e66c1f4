import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { expectBadPageQueries, walkPages } from '../../test/walk-pages.ts';
import { organizations } from '../db/schema/organizations.ts';

describe('GET /orgs pages with ?limit=&cursor= (hundreds of comuni on one installation)', async () => {
  const { app, database } = await build();
  const db = database.db;
  // Two organisations share a name: the id breaks the tie, so the order stays stable across pages.
  const names = ['Comune di Arco', 'Comune di Bema', 'Comune di Bema', 'Comune di Cona', 'Comune di Dro'];
  const orgs: { id: string; name: string }[] = [];
  for (const name of names) orgs.push(await buildOrgNamed(name));
  const root = await buildUser(db, orgs[0]!.id, ['viewer'], { isInstanceAdmin: true });
  const member = await buildUser(db, orgs[1]!.id, ['viewer']);

  async function buildOrgNamed(name: string) {
    // The slug is unique, the name is not (two comuni of one name in different provinces).
    const org = await buildOrg(db);
    await db.update(organizations).set({ name }).where(eq(organizations.id, org.id));
    return { ...org, name };
  }

  it('the instance administrator walks every organisation once, by name then id; Link only while more remain', async () => {
    const { cookie } = await loginAs(app, root.email);
    const whole: { id: string; name: string }[] = (
      await app.inject({ method: 'GET', url: '/api/v1/orgs', headers: { cookie } })
    ).json();
    expect(whole.map((o) => o.name)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const { items, pages } = await walkPages<{ id: string }>(app, '/api/v1/orgs', cookie, 2);
    expect(items.map((o) => o.id)).toEqual(whole.map((o) => o.id));
    expect(pages).toBe(3);
  });

  it('a member pages only through their own organisations', async () => {
    const { cookie } = await loginAs(app, member.email);
    const { items, pages } = await walkPages<{ id: string }>(app, '/api/v1/orgs', cookie, 1);
    expect(items.map((o) => o.id)).toEqual([orgs[1]!.id]);
    expect(pages).toBe(1);
  });

  it('refuses a bad limit or cursor with 400 naming the parameter', async () => {
    const { cookie } = await loginAs(app, root.email);
    await expectBadPageQueries(app, '/api/v1/orgs', cookie);
  });
});
