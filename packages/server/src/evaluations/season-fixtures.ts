/**
 * Test data for the evaluation season, shaped like the seeds: Chieve (four sectors without a
 * posizione organizzativa, the Segretario Comunale answering for three activities and leading the
 * sectors, "Tutto il personale" on two, DE LUCA Ida on the summer centre) and a part of Cremona
 * (sectors led by dirigenti, staff assigned to their objectives).
 */

import { eq } from 'drizzle-orm';
import { buildOrg, buildPerson, buildUnit, buildUser } from '../../test/factories.ts';
import type { Role } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { measurements } from '../db/schema/measurements.ts';
import { orgUnits } from '../db/schema/organizations.ts';
import { indicators, objectiveAssignees, objectives, plans, strategicLines } from '../db/schema/plans.ts';

type ObjectiveSeed = {
  code: string;
  title: string;
  unitId: string | null;
  responsiblePersonId?: string;
  allStaff?: boolean;
  assignees?: string[];
  weight?: number;
  /** One indicator: target, and the final value measured (undefined: not measured). */
  target: number;
  binary?: boolean;
  measured?: number;
};

async function insertPlan(db: Db, orgId: string, title: string, year: number, seeds: ObjectiveSeed[]) {
  const [plan] = await db
    .insert(plans)
    .values({ orgId, title, startYear: year, endYear: year, status: 'adopted', currentVersion: 0 })
    .returning();
  if (!plan) throw new Error('no plan');
  const [line] = await db
    .insert(strategicLines)
    .values({ planId: plan.id, title: 'Obiettivi operativi' })
    .returning();
  if (!line) throw new Error('no line');
  const ids: Record<string, string> = {};
  for (const [n, s] of seeds.entries()) {
    const [o] = await db
      .insert(objectives)
      .values({
        planId: plan.id,
        strategicLineId: line.id,
        code: s.code,
        title: s.title,
        unitId: s.unitId,
        responsiblePersonId: s.responsiblePersonId ?? null,
        allStaff: s.allStaff ?? false,
        weight: s.weight ?? null,
        position: n,
      })
      .returning();
    if (!o) throw new Error('no objective');
    ids[s.code] = o.id;
    if (s.assignees?.length)
      await db
        .insert(objectiveAssignees)
        .values(s.assignees.map((personId) => ({ objectiveId: o.id, personId })));
    const [ind] = await db
      .insert(indicators)
      .values({
        planId: plan.id,
        objectiveId: o.id,
        code: `${s.code}.1`,
        title: s.title,
        target: s.target,
        binary: s.binary ?? false,
        weight: 100,
        measurementDeadline: `${year}-12-31`,
      })
      .returning();
    if (!ind) throw new Error('no indicator');
    if (s.measured !== undefined)
      await db.insert(measurements).values({
        planId: plan.id,
        indicatorId: ind.id,
        date: `${year}-12-31`,
        final: true,
        value: s.measured,
      });
  }
  return { plan, objectiveIds: ids };
}

async function personWithUser(
  db: Db,
  orgId: string,
  name: string,
  person: { category?: string; unitId?: string | null },
  roles: Role[] | null,
  unitIds: string[] = [],
) {
  const p = await buildPerson(db, orgId, {
    name,
    category: person.category ?? 'dipendente',
    unitId: person.unitId ?? null,
  });
  if (!roles) return { personId: p.id, email: null };
  const u = await buildUser(db, orgId, roles, { personId: p.id, unitIds });
  return { personId: p.id, email: u.email };
}

/**
 * Comune di Chieve, Piano della Performance 2020, measured at year end: every activity reached its
 * value ("Almeno 80%": 90 and 85), so everyone's objectives part is the full 60 points.
 */
export async function buildChieveSeason(db: Db) {
  const org = await buildOrg(db, { name: `Comune di Chieve ${Math.random().toString(36).slice(2, 7)}` });
  const units = {
    amministrativo: await buildUnit(db, org.id, { name: 'Amministrativo' }),
    economico: await buildUnit(db, org.id, { name: 'Economico Finanziario' }),
    demografico: await buildUnit(db, org.id, { name: 'Demografico' }),
    tecnico: await buildUnit(db, org.id, { name: 'Tecnico-Manutentivo' }),
  };
  const unitIds = Object.values(units).map((u) => u.id);
  const segretario = await personWithUser(
    db,
    org.id,
    'Segretario Comunale',
    { category: 'segretario' },
    ['secretary', 'manager'],
    unitIds,
  );
  for (const id of unitIds)
    await db.update(orgUnits).set({ managerPersonId: segretario.personId }).where(eq(orgUnits.id, id));
  const deLuca = await personWithUser(db, org.id, 'DE LUCA Ida', { unitId: units.demografico.id }, [
    'employee',
  ]);
  const bianchi = await personWithUser(db, org.id, 'Bianchi Anna', { unitId: units.amministrativo.id }, [
    'employee',
  ]);
  const verdi = await personWithUser(db, org.id, 'Verdi Luca', { unitId: units.tecnico.id }, ['employee']);
  const nucleo = await personWithUser(db, org.id, 'Nucleo di Valutazione (componente)', {}, ['evaluator']);
  const giunta = await personWithUser(db, org.id, 'Sindaco', {}, ['viewer']);
  const admin = await personWithUser(db, org.id, 'Amministratore', {}, ['admin']);
  const a = units.amministrativo.id;
  const { plan, objectiveIds } = await insertPlan(db, org.id, 'Piano della Performance 2020', 2020, [
    { code: '1', title: 'TRASPARENZA', unitId: a, allStaff: true, target: 80, measured: 90 },
    {
      code: '2',
      title: 'Delibere e determine in digitale',
      unitId: a,
      allStaff: true,
      target: 80,
      measured: 85,
    },
    {
      code: '3',
      title: 'Regolamento Incentivi Tecnici',
      unitId: a,
      responsiblePersonId: segretario.personId,
      target: 1,
      binary: true,
      measured: 1,
    },
    {
      code: '4',
      title: 'Regolamento accesso civico',
      unitId: a,
      responsiblePersonId: segretario.personId,
      target: 1,
      binary: true,
      measured: 1,
    },
    {
      code: '5',
      title: 'Contrattazione decentrata 2020',
      unitId: a,
      responsiblePersonId: segretario.personId,
      target: 1,
      binary: true,
      measured: 1,
    },
    {
      code: '6',
      title: 'Collaborazione Centro Estivo covid-19',
      unitId: units.demografico.id,
      assignees: [deLuca.personId],
      target: 100,
      measured: 100,
    },
  ]);
  return {
    org,
    units,
    plan,
    objectiveIds,
    people: { segretario, deLuca, bianchi, verdi, nucleo, giunta, admin },
  };
}

/**
 * Comune di Cremona (part): two sectors led by dirigenti, their staff on the sectors' objectives.
 * C50_0004 reaches 90% (82.521 of 91.690), C60_0001 90% (72 of 80), C60_0002 is not measured.
 */
export async function buildCremonaSeason(db: Db) {
  const org = await buildOrg(db, { name: `Comune di Cremona ${Math.random().toString(36).slice(2, 7)}` });
  const cultura = await buildUnit(db, org.id, { name: 'Settore Cultura, Musei e City Branding' });
  const sociale = await buildUnit(db, org.id, { name: 'Settore Politiche Sociali' });
  const dirCultura = await personWithUser(
    db,
    org.id,
    'Dirigente Cultura',
    { category: 'dirigente', unitId: cultura.id },
    ['manager'],
    [cultura.id],
  );
  const dirSociale = await personWithUser(
    db,
    org.id,
    'Dirigente Sociale',
    { category: 'dirigente', unitId: sociale.id },
    ['manager'],
    [sociale.id],
  );
  await db.update(orgUnits).set({ managerPersonId: dirCultura.personId }).where(eq(orgUnits.id, cultura.id));
  await db.update(orgUnits).set({ managerPersonId: dirSociale.personId }).where(eq(orgUnits.id, sociale.id));
  const museo = await personWithUser(db, org.id, 'Istruttore Museo', { unitId: cultura.id }, ['employee']);
  const biblioteca = await personWithUser(db, org.id, 'Istruttore Biblioteca', { unitId: cultura.id }, [
    'employee',
  ]);
  const assistente = await personWithUser(db, org.id, 'Assistente Sociale', { unitId: sociale.id }, [
    'employee',
  ]);
  const segretario = await personWithUser(db, org.id, 'Segretario Generale', { category: 'segretario' }, [
    'secretary',
  ]);
  const nucleo = await personWithUser(db, org.id, 'Componente OIV', {}, ['evaluator']);
  const { plan, objectiveIds } = await insertPlan(db, org.id, 'PEG 2019-2021', 2019, [
    {
      code: 'C50_0004',
      title: 'Valorizzazione del sistema museale',
      unitId: cultura.id,
      responsiblePersonId: dirCultura.personId,
      assignees: [museo.personId],
      weight: 10,
      target: 91690,
      measured: 82521,
    },
    {
      code: 'C50_0005',
      title: 'Biblioteca: servizi digitali',
      unitId: cultura.id,
      responsiblePersonId: dirCultura.personId,
      assignees: [biblioteca.personId, museo.personId],
      weight: 5,
      target: 100,
      measured: 100,
    },
    {
      code: 'C60_0001',
      title: 'Presa in carico dei nuclei fragili',
      unitId: sociale.id,
      responsiblePersonId: dirSociale.personId,
      assignees: [assistente.personId],
      weight: 8,
      target: 80,
      measured: 72,
    },
    {
      code: 'C60_0002',
      title: 'Nuovo regolamento ISEE',
      unitId: sociale.id,
      responsiblePersonId: dirSociale.personId,
      weight: 4,
      target: 1,
      binary: true,
    },
  ]);
  return {
    org,
    plan,
    objectiveIds,
    units: { cultura, sociale },
    people: { dirCultura, dirSociale, museo, biblioteca, assistente, segretario, nucleo },
  };
}
