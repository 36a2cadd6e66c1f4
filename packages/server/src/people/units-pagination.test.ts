import { describe, expect, it } from 'vitest';
import { buildOrg, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { expectBadPageQueries, walkPages } from '../../test/walk-pages.ts';

describe('GET /orgs/{orgId}/units pages with ?limit=&cursor= (200 units in a large comune)', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const manager = await buildUser(db, org.id, ['manager']);
  for (const name of ['Tributi', 'Anagrafe', 'Polizia Locale', 'Biblioteca', 'Servizi Sociali'])
    await buildUnit(db, org.id, { name });

  it('walking the pages gives every unit once, by name, with Link only while more remain', async () => {
    const { cookie } = await loginAs(app, manager.email);
    const whole: { id: string; name: string }[] = (
      await app.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/units`, headers: { cookie } })
    ).json();
    expect(whole.map((u) => u.name)).toEqual([
      'Anagrafe',
      'Biblioteca',
      'Polizia Locale',
      'Servizi Sociali',
      'Tributi',
    ]);
    const { items, pages } = await walkPages<{ id: string }>(app, `/api/v1/orgs/${org.id}/units`, cookie, 2);
    expect(items.map((u) => u.id)).toEqual(whole.map((u) => u.id));
    expect(pages).toBe(3);
  });

  it('refuses a bad limit or cursor with 400 naming the parameter', async () => {
    const { cookie } = await loginAs(app, manager.email);
    await expectBadPageQueries(app, `/api/v1/orgs/${org.id}/units`, cookie);
  });
});
