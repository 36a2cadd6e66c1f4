/**
 * The large organisation of issue 8, written straight into a database with multi-row inserts, and the
 * same plan as a 10,000-row .xlsx in the import layout of PRODUCT.md.
 *
 *   npx tsx bench/generate.ts --data-dir /tmp/h8-gen        (PGlite)
 *   npx tsx bench/generate.ts --database-url postgres://…   (PostgreSQL)
 *   npx tsx bench/generate.ts --xlsx /tmp/h8-gen/plan.xlsx
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { hashPassword } from '../packages/server/src/auth/password.ts';
import { type Db, openDatabase } from '../packages/server/src/db/client.ts';
import { changeRequests } from '../packages/server/src/db/schema/change-requests.ts';
import { measurements } from '../packages/server/src/db/schema/measurements.ts';
import { organizations, orgUnits, people } from '../packages/server/src/db/schema/organizations.ts';
import {
  acts,
  amendments,
  indicators,
  objectiveAssignees,
  objectives,
  phases,
  plans,
  strategicLines,
} from '../packages/server/src/db/schema/plans.ts';
import { memberships, users } from '../packages/server/src/db/schema/users.ts';
import { freezePlanVersion } from '../packages/server/src/plans/freeze-plan-version.ts';
import { ensureDefaultRules } from '../packages/server/src/rules/ensure-default-rules.ts';
import {
  BENCH_SEED,
  BENCH_USER,
  buildLargeOrganisation,
  LARGE_SIZES,
  type LargeOrganisation,
  type Sizes,
} from './lib/large-organisation.ts';
import { OBJECTIVE_KIND_LABELS } from './lib/vocabulary.ts';

export { BENCH_USER, buildLargeOrganisation, LARGE_SIZES, type LargeOrganisation };

const CHUNK = 1_000;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export type GeneratedCounts = Record<string, number>;

/**
 * Writes the organisation into `db`: units, people, the secretary user, the plan adopted (version 0,
 * frozen) and then amended `amendments` times (each applies its accepted change requests to the live
 * rows and freezes the next version with freezePlanVersion, as the amendment use-case does).
 */
export async function insertLargeOrganisation(db: Db, model: LargeOrganisation): Promise<GeneratedCounts> {
  await db.insert(organizations).values({ ...model.org, kind: 'comune', province: 'RM' });
  await ensureDefaultRules(db, model.org.id);
  // Units point at their managers and people at their units: units first, managers set after people.
  await inChunks(
    model.units.map((u) => ({ ...u, managerPersonId: null })),
    (c) => db.insert(orgUnits).values(c),
  );
  await inChunks(model.people, (c) => db.insert(people).values(c));
  await db.execute(
    `update org_units as u set manager_person_id = v.pid from (values ${model.units
      .map((u) => `('${u.id}'::uuid, '${u.managerPersonId}'::uuid)`)
      .join(',')}) as v(id, pid) where u.id = v.id`,
  );
  const [user] = await db
    .insert(users)
    .values({
      email: BENCH_USER.email,
      name: 'Segretario Generale',
      passwordHash: await hashPassword(BENCH_USER.password),
    })
    .returning({ id: users.id });
  if (!user) throw new Error('no user');
  await db.execute(`update people set user_id = '${user.id}' where id = '${model.secretaryPersonId}'`);
  await db.insert(memberships).values({
    userId: user.id,
    orgId: model.org.id,
    roles: ['secretary'],
    personId: model.secretaryPersonId,
  });

  await db.insert(plans).values(model.plan);
  await db.insert(acts).values(model.adoptionAct);
  await db.insert(strategicLines).values(model.lines);
  await inChunks(model.objectives, (c) => db.insert(objectives).values(c));
  await inChunks(model.assignees, (c) => db.insert(objectiveAssignees).values(c));
  await inChunks(model.indicators, (c) => db.insert(indicators).values(c));
  await inChunks(model.phases, (c) => db.insert(phases).values(c));
  await inChunks(model.measurements, (c) => db.insert(measurements).values(c));
  await freezePlanVersion(db, {
    planId: model.plan.id,
    version: 0,
    actId: model.adoptionAct.id,
    userId: user.id,
  });

  for (const a of model.amendments) {
    await db.transaction(async (tx) => {
      await tx.insert(acts).values(a.act);
      await tx.insert(amendments).values({ ...a.amendment, createdBy: user.id });
      await tx
        .insert(changeRequests)
        .values(a.changeRequests.map((r) => ({ ...r, requestedBy: user.id, decidedBy: user.id })));
      if (a.targetUpdates.length > 0)
        await tx.execute(
          `update indicators as i set target = v.target, target_text = v.text, row_version = i.row_version + 1
           from (values ${a.targetUpdates
             .map(
               (t) =>
                 `('${t.indicatorId}'::uuid, ${t.target}::float8, '${t.targetText.replaceAll("'", "''")}')`,
             )
             .join(',')}) as v(id, target, text) where i.id = v.id`,
        );
      await tx.execute(
        `update plans set current_version = ${a.amendment.version} where id = '${model.plan.id}'`,
      );
      await freezePlanVersion(tx, {
        planId: model.plan.id,
        version: a.amendment.version,
        actId: a.act.id,
        userId: user.id,
      });
    });
  }
  return {
    strategicLines: model.lines.length,
    units: model.units.length,
    objectives: model.objectives.length,
    indicators: model.indicators.length,
    phases: model.phases.length,
    people: model.people.length,
    measurements: model.measurements.length,
    changeRequests: model.amendments.reduce((n, a) => n + a.changeRequests.length, 0),
    amendments: model.amendments.length,
    planVersions: model.amendments.length + 1,
  };
}

/** The plan's indicators as they stand after every amendment (what the live rows hold). */
function liveTargets(model: LargeOrganisation): Map<string, { target: number; targetText: string }> {
  const map = new Map<string, { target: number; targetText: string }>();
  for (const a of model.amendments) for (const t of a.targetUpdates) map.set(t.indicatorId, t);
  return map;
}

export const IMPORT_HEADERS = [
  'Linea strategica',
  'Responsabile Settore',
  'Settore',
  'Codice Obiettivo',
  'Titolo Obiettivo',
  'Definizione Obiettivo',
  'Peso Obiettivo',
  'Tipo Obiettivo',
  'Codice Indicatore',
  'Titolo Indicatore',
  'Formula Indicatore',
  'Finalità Indicatore',
  'Polarità',
  'Unità di misura',
  'Tempistica di rilevazione',
  'Target Atteso',
  'Peso Indicatore',
] as const;

/**
 * The same plan as one row per indicator in the import layout (the Cremona seed's columns): objective
 * columns on the first row of each objective, blank after it. Streamed: 10,000 rows stay small in memory.
 */
export async function writeImportWorkbook(model: LargeOrganisation, path: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Piano');
  sheet.addRow([...IMPORT_HEADERS]).commit();
  const lineTitle = new Map(model.lines.map((l) => [l.id, l.title]));
  const unitName = new Map(model.units.map((u) => [u.id ?? '', u.name]));
  const personName = new Map(model.people.map((p) => [p.id ?? '', p.name]));
  const byObjective = new Map<string, LargeOrganisation['indicators']>();
  for (const i of model.indicators)
    byObjective.set(i.objectiveId, [...(byObjective.get(i.objectiveId) ?? []), i]);
  const targets = liveTargets(model);
  let rows = 0;
  for (const o of model.objectives) {
    (byObjective.get(o.id) ?? []).forEach((i, k) => {
      const first = k === 0;
      const live = targets.get(i.id);
      sheet
        .addRow([
          first ? (lineTitle.get(o.strategicLineId ?? '') ?? '') : '',
          first ? (personName.get(o.responsiblePersonId ?? '') ?? '') : '',
          first ? (unitName.get(o.unitId ?? '') ?? '') : '',
          first ? o.code : '',
          first ? o.title : '',
          first ? (o.definition ?? '') : '',
          first ? (o.weight ?? null) : null,
          first
            ? OBJECTIVE_KIND_LABELS[
                o.kind === 'strategic' || o.kind === 'management' ? o.kind : 'operational'
              ]
            : '',
          i.code,
          i.title,
          i.formula ?? '',
          i.purpose ?? '',
          i.polarity === 'negative' ? 'negativa' : 'positiva',
          i.unitOfMeasure ?? '',
          i.deadlineText ?? '',
          // The target as the comuni type it: text ("Almeno 80%") where they write text, else the number.
          live ? live.target : i.targetText?.match(/[a-z]/i) ? i.targetText : (i.target ?? null),
          i.weight ?? null,
        ])
        .commit();
      rows++;
    });
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      xlsx: { type: 'string' },
      seed: { type: 'string', default: String(BENCH_SEED) },
      scale: { type: 'string', default: '1' },
    },
  });
  const model = buildLargeOrganisation(Number(values.seed), scaled(Number(values.scale)));
  if (values.xlsx) console.log(`${await writeImportWorkbook(model, values.xlsx)} rows → ${values.xlsx}`);
  if (values['data-dir'] || values['database-url']) {
    const started = performance.now();
    const database = await openDatabase({ url: values['database-url'], dataDir: values['data-dir'] });
    const counts = await insertLargeOrganisation(database.db, model);
    await database.close();
    console.log(counts, `${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Smaller organisations of the same shape, for trying the benchmarks quickly (BENCH_SCALE=0.1). */
export function scaled(factor: number): Sizes {
  if (factor === 1) return LARGE_SIZES;
  const s = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    ...LARGE_SIZES,
    strategicLines: s(LARGE_SIZES.strategicLines),
    units: s(LARGE_SIZES.units),
    objectives: s(LARGE_SIZES.objectives),
    people: Math.max(s(LARGE_SIZES.people), s(LARGE_SIZES.units) + 1),
    changeRequests: s(LARGE_SIZES.changeRequests),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
