import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { expectBadPageQueries, walkPages } from '../../test/walk-pages.ts';
import type { Actor, Role } from '../auth/actor.ts';
import { evaluations } from '../db/schema/evaluations.ts';
import { canReadSheet } from './evaluation-access.ts';
import { loadSheets } from './load-sheets.ts';
import { readableSheetsWhere } from './readable-sheets.ts';
import { buildCremonaSeason } from './season-fixtures.ts';

describe('GET /plans/{planId}/evaluations pages over the sheets the caller may read', async () => {
  const { app, database } = await build();
  const db = database.db;
  const cremona = await buildCremonaSeason(db);
  const p = cremona.people;
  const admin = await buildUser(db, cremona.org.id, ['admin']);
  const secretary = await loginAs(app, p.segretario.email ?? '');
  const opened = await app.inject({
    method: 'POST',
    url: `/api/v1/plans/${cremona.plan.id}/evaluations`,
    headers: secretary,
  });
  const sheets: { id: string; person: { name: string } }[] = opened.json().evaluations;
  const idOf = (name: string) => sheets.find((s) => s.person.name === name)?.id ?? '';
  // Sheets at every stage that matters to who reads them: before the conciliation body, and closed
  // after a contest or without one.
  const stage = async (name: string, status: string, contested: boolean) =>
    db
      .update(evaluations)
      .set({ status, contestedAt: contested ? new Date('2020-03-01T10:00:00Z') : null })
      .where(eq(evaluations.id, idOf(name)));
  await stage('Istruttore Museo', 'contested', true);
  await stage('Dirigente Sociale', 'reviewed', true);
  await stage('Istruttore Biblioteca', 'final', true);
  await stage('Assistente Sociale', 'final', false);
  const url = `/api/v1/plans/${cremona.plan.id}/evaluations`;

  it('the database filter keeps exactly the sheets canReadSheet allows, for every role and person', async () => {
    const all = await loadSheets(db, { planId: cremona.plan.id });
    const personIds = [null, ...Object.values(p).map((x) => x.personId)];
    const roleSets: Role[][] = [
      ['employee'],
      ['manager'],
      ['evaluator'],
      ['secretary'],
      ['secretary', 'evaluator'],
      ['manager', 'evaluator'],
      ['viewer'],
      ['admin'],
    ];
    const actors: Actor[] = [];
    for (const personId of personIds)
      for (const roles of roleSets) actors.push(actorOf(cremona.org.id, roles, personId, false));
    actors.push(actorOf(cremona.org.id, ['viewer'], null, true), actorOf(cremona.org.id, [], null, false));
    for (const actor of actors) {
      const filtered = await loadSheets(
        db,
        { planId: cremona.plan.id },
        { filter: readableSheetsWhere(actor, cremona.org.id) },
      );
      const expected = all.filter((s) => canReadSheet(actor, s.sheet)).map((s) => s.sheet.id);
      expect(filtered.map((s) => s.sheet.id)).toEqual(expected);
    }
  });

  it.each([
    ['the secretary', p.segretario.email],
    ['the admin', admin.email],
    ['a dirigente (own sheet and his staff)', p.dirCultura.email],
    ['the Nucleo (managers, and the contested sheets)', p.nucleo.email],
    ['an employee (own sheet only)', p.museo.email],
  ])('%s walks the pages and gets every sheet it may read once, by name', async (_who, email) => {
    const { cookie } = await loginAs(app, email ?? '');
    const whole: { id: string; person: { name: string } }[] = (
      await app.inject({ url, headers: { cookie } })
    ).json();
    expect(whole.length).toBeGreaterThan(0);
    const { items, pages } = await walkPages<{ id: string }>(app, url, cookie, 2);
    expect(items).toEqual(whole);
    expect(new Set(items.map((s) => s.id)).size).toBe(whole.length);
    expect(pages).toBe(Math.max(1, Math.ceil(whole.length / 2)));
  });

  it('the list without limit is in the order of the pages: by the person’s name', () => {
    const names = sheets.map((s) => s.person.name);
    expect(names).toEqual([...names].sort());
  });

  it('refuses a bad limit or cursor with 400 naming the parameter', async () => {
    await expectBadPageQueries(app, url, secretary.cookie);
  });
});

function actorOf(orgId: string, roles: Role[], personId: string | null, isInstanceAdmin: boolean): Actor {
  return {
    userId: '00000000-0000-4000-8000-0000000000aa',
    email: 'probe@example.it',
    name: 'Probe',
    isInstanceAdmin,
    memberships: roles.length === 0 ? new Map() : new Map([[orgId, { orgId, roles, unitIds: [], personId }]]),
  };
}
