import { checkPlan } from '@traguardo/domain/checker/check-plan';
import { objectivesOf } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { build } from '../../test/helper.ts';
import { organizations, orgUnits, people } from '../db/schema/organizations.ts';
import { plans, planVersions } from '../db/schema/plans.ts';
import { loadPlanDocument, loadPlanVersion } from '../plans/load-plan-document.ts';
import { seedChieve } from './chieve.ts';

describe('the Comune di Chieve demo', async () => {
  const { database } = await build();
  const db = database.db;
  const first = await seedChieve(db, { actorUserId: null });
  const doc = await loadPlanDocument(db, first.planId);
  const objectives = objectivesOf(doc);
  const byCode = (code: string) => objectives.find((o) => o.code === code);

  it('is the Comune di Chieve (Cremona) with its introduction, four sectors and Segretario', async () => {
    const [org] = await db.select().from(organizations).where(eq(organizations.id, first.orgId));
    expect(org).toMatchObject({ name: 'Comune di Chieve', province: 'Cremona' });
    expect(org?.introduction).toContain('Il Piano della Performance è il documento programmatico');
    expect(org?.introduction).toContain("ove si tratti di obiettivi rivolti all'esterno.");
    const units = await db.select().from(orgUnits).where(eq(orgUnits.orgId, first.orgId));
    expect(units.map((u) => u.name).sort()).toEqual([
      'Amministrativo',
      'Demografico',
      'Economico Finanziario',
      'Tecnico-Manutentivo',
    ]);
    const staff = await db.select().from(people).where(eq(people.orgId, first.orgId));
    expect(staff.map((p) => [p.name, p.category]).sort()).toEqual([
      ['Giovanna Cammara', 'segretario'],
      ['Ida De Luca', 'dipendente'],
    ]);
  });

  it('holds the Piano della Performance 2020, adopted by delibera G.C. n. 68 del 01.09.2020 as version 0', async () => {
    expect(doc).toMatchObject({
      title: 'Piano della Performance 2020',
      kind: 'performance_plan',
      startYear: 2020,
      endYear: 2020,
      status: 'adopted',
      version: 0,
      act: { number: '68', date: '2020-09-01', body: 'Giunta Comunale' },
    });
    expect(doc.introduction).toBe(
      (await db.select().from(organizations).where(eq(organizations.id, first.orgId)))[0]?.introduction,
    );
    expect((await loadPlanVersion(db, first.planId, 0)).strategicLines).toEqual(doc.strategicLines);
  });

  it('has the three strategic objectives and the six activities, each with its phase and indicator', () => {
    expect(doc.strategicLines.map((l) => [l.title, l.objectives.map((o) => `${o.kind}:${o.code}`)])).toEqual([
      ['Obiettivi strategici', ['strategic:S1', 'strategic:S2', 'strategic:S3']],
      ['Specifici obiettivi anno 2020', ['1', '2', '3', '4', '5', '6'].map((c) => `operational:${c}`)],
    ]);
    expect(byCode('S2')?.title).toContain('pista ciclabile per Crema via Gattolino');
    const activities = doc.strategicLines[1]?.objectives ?? [];
    expect(
      activities.map((o) => [
        o.phases.map((p) => [p.number, p.assignees, p.months]),
        o.indicators.map((i) => [i.code, i.target, i.targetText, i.measurementDeadline]),
      ]),
    ).toEqual([
      [[[1, ['Tutto il Personale'], [7, 8, 9, 10, 11, 12]]], [['1', 80, 'Almeno 80%', '2020-12-31']]],
      [[[2, ['Tutto il Personale'], [7, 8, 9, 10, 11, 12]]], [['2', 80, 'Almeno 80%', '2020-12-31']]],
      [[[3, ['Segretario Comunale'], [7, 8, 9, 10, 11, 12]]], [['3', 100, '100%', '2020-12-31']]],
      [[[4, ['Segretario Comunale'], [7, 8, 9, 10, 11, 12]]], [['4', 100, '100%', '2020-12-31']]],
      [[[5, ['Segretario Comunale'], [7, 8, 9, 10, 11, 12]]], [['5', 100, '100%', '2020-12-31']]],
      [[[6, ['DE LUCA Ida'], [5, 6, 7]]], [['6', 100, '100%', '2020-08-31']]],
    ]);
    expect(byCode('6')?.indicators[0]?.title).toBe(
      'Attività Collaborazione distribuzione pasti per emergenza Covid-19',
    );
  });

  it('assigns the Segretario, "tutto il personale" and Ida De Luca as the seed names them, with resources and period', () => {
    expect(byCode('1')).toMatchObject({ allStaff: true, responsible: null, assignees: [] });
    expect(byCode('3')).toMatchObject({ allStaff: false, responsible: { name: 'Giovanna Cammara' } });
    expect(byCode('6')).toMatchObject({ responsible: null, assignees: [{ name: 'Ida De Luca' }] });
    expect(byCode('4')).toMatchObject({
      periodText: '2° semestre 2020',
      periodStart: '2020-07-01',
      periodEnd: '2020-12-31',
      humanResources: 'Tutto il personale',
      instrumentalResources: 'Strutture e mezzi attualmente in dotazione al settore',
      financialResources:
        "dotazione resa disponibile dall'Ente nel bilancio di esercizio 2020 e risorse aggiuntive",
    });
    for (const o of objectives) expect(o.unit).not.toBeNull();
  });

  it('passes the checker without errors; its warnings are the ones the Segretario confirmed', () => {
    const result = checkPlan(doc);
    expect(result.errors).toBe(0);
    expect(new Set(result.problems.map((p) => p.code))).toEqual(
      new Set(['objective-no-indicators', 'objective-no-responsible']),
    );
  });

  it('building it again changes nothing and returns the same ids', async () => {
    const again = await seedChieve(db, { actorUserId: null });
    expect(again).toEqual(first);
    expect(await db.select().from(plans).where(eq(plans.orgId, first.orgId))).toHaveLength(1);
    expect(await db.select().from(planVersions).where(eq(planVersions.planId, first.planId))).toHaveLength(1);
    expect(await db.select().from(people).where(eq(people.orgId, first.orgId))).toHaveLength(2);
  });
});
