import type {
  AchievementIndicator,
  AchievementObjective,
  AchievementPlan,
} from '@traguardo/domain/achievement/compute-plan-achievement';
import type { MeasurementInput } from '@traguardo/domain/achievement/pick-measurement';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { queryJsonText } from '../db/query-json-text.ts';
import { notFound } from '../errors/app-error.ts';

/** The plan as achievement reads it, with what picks its SMVP. */
export type AchievementPlanWithRulesKey = AchievementPlan & { orgId: string; startYear: number };

// The rows as the query below gives them: positional arrays, whose JSON PostgreSQL builds and Node
// parses in about half the time of objects with named fields (measured on the benchmark plan).
type PlanRow = [id: string, orgId: string, startYear: number, version: number | null];
type LineRow = [id: string, code: string | null, title: string];
type ObjectiveRow = [
  lineId: string,
  id: string,
  code: string,
  title: string,
  weight: number | null,
  unitId: string | null,
  unitName: string | null,
  responsibleId: string | null,
  responsibleName: string | null,
];
type IndicatorRow = [
  objectiveId: string,
  id: string,
  code: string,
  title: string,
  expression: string | null,
  negative: boolean,
  binary: boolean,
  target: number | null,
  targetsByYear: Record<string, number> | null,
  weight: number | null,
];
/** The measurements as the query below gives them: one array per column, in the same row order. */
type MeasurementColumns = [
  ids: string[] | null,
  indicatorIds: string[],
  dates: string[],
  finals: boolean[],
  values: number[],
  sequences: number[],
  statuses: string[],
  variables: (Record<string, number> | null)[],
];

/**
 * The plan as achievement reads it (lines, objectives with unit, responsible and weight, indicators
 * with their rule), without phases and long texts: one query giving flat lists, nested here. For the
 * benchmark plan ~50 ms on PGlite against ~0.2 s for the same fields nested by PostgreSQL and ~0.6 s
 * for the whole document. The rows are planDocumentJson's (the live ones, in the same order):
 * cremona-measurements.test.ts checks both give the same achievement.
 */
export async function loadAchievementPlan(db: DbOrTx, planId: string): Promise<AchievementPlanWithRulesKey> {
  const json = await queryJsonText(
    db,
    sql`select json_build_object(
      'plan', (select json_build_array(p.id, p.org_id, p.start_year, p.current_version) from plans p where p.id = ${planId}),
      'lines', (select coalesce(json_agg(json_build_array(l.id, l.code, l.title) order by l.position), '[]')
                from strategic_lines l where l.plan_id = ${planId} and l.removed_in_version is null),
      'objectives', (select coalesce(json_agg(json_build_array(
                       o.strategic_line_id, o.id, o.code, o.title, o.weight, u.id, u.name, r.id, r.name) order by o.position), '[]')
                     from objectives o
                     left join org_units u on u.id = o.unit_id
                     left join people r on r.id = o.responsible_person_id
                     where o.plan_id = ${planId} and o.removed_in_version is null),
      'indicators', (select coalesce(json_agg(json_build_array(
                       i.objective_id, i.id, i.code, i.title, i.expression, i.polarity = 'negative', i.binary, i.target,
                       i.targets_by_year, i.weight) order by i.position), '[]')
                     from indicators i join objectives o on o.id = i.objective_id
                     where o.plan_id = ${planId} and i.removed_in_version is null)
    )::text as json`,
  );
  const rows: {
    plan: PlanRow | null;
    lines: LineRow[];
    objectives: ObjectiveRow[];
    indicators: IndicatorRow[];
  } = JSON.parse(json ?? '{"plan":null}');
  if (!rows.plan) throw notFound('Plan');
  const [id, orgId, startYear, version] = rows.plan;

  const indicatorsOf = groupBy(rows.indicators, (r) => r[0], toIndicator);
  const objectivesOf = groupBy(
    rows.objectives,
    (r) => r[0],
    (r) => toObjective(r, indicatorsOf.get(r[1]) ?? []),
  );
  const strategicLines = rows.lines.map(([lineId, code, title]) => ({
    id: lineId,
    code,
    title,
    objectives: objectivesOf.get(lineId) ?? [],
  }));
  return { id, orgId, startYear, version, strategicLines };
}

/**
 * Every measurement of a plan, in one text value (query-json-text.ts), column by column: PostgreSQL
 * aggregates each column into one array instead of building 20,000 small arrays, which on PGlite
 * took ~115 ms against ~70 ms for the benchmark plan's measurements (measured 2026-12-07).
 */
export async function loadPlanMeasurements(db: DbOrTx, planId: string): Promise<MeasurementInput[]> {
  const json = await queryJsonText(
    db,
    sql`select json_build_array(
      array_agg(m.id), array_agg(m.indicator_id), array_agg(m.date), array_agg(m.final), array_agg(m.value),
      array_agg(coalesce(m.sequence, 0)), array_agg(m.status), array_agg(m.variables)
    )::text as json
    from measurements m where m.plan_id = ${planId}`,
  );
  // No measurement: array_agg gives null for every column.
  const [ids, indicatorIds, dates, finals, values, sequences, statuses, variables]: MeasurementColumns =
    JSON.parse(json ?? '[null]');
  return (ids ?? []).map((id, k) => ({
    id,
    indicatorId: indicatorIds[k] ?? '',
    date: dates[k] ?? '',
    final: finals[k] ?? false,
    value: values[k] ?? 0,
    sequence: sequences[k] ?? 0,
    status: statuses[k] ?? '',
    variables: variables[k] ?? null,
  }));
}

function toIndicator([
  ,
  id,
  code,
  title,
  expression,
  negative,
  binary,
  target,
  targetsByYear,
  weight,
]: IndicatorRow): AchievementIndicator {
  return {
    id,
    code,
    title,
    expression,
    polarity: negative ? 'negative' : 'positive',
    binary,
    target,
    targetsByYear,
    weight,
  };
}

function toObjective(
  [, id, code, title, weight, unitId, unitName, responsibleId, responsibleName]: ObjectiveRow,
  indicators: AchievementIndicator[],
): AchievementObjective {
  return {
    id,
    code,
    title,
    weight,
    unit: unitId === null ? null : { id: unitId, name: unitName ?? '' },
    responsible: responsibleId === null ? null : { id: responsibleId, name: responsibleName ?? '' },
    indicators,
  };
}

/** Items grouped by a key, each group in the order the rows came. */
function groupBy<R, T>(rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const item = map(row);
    const group = groups.get(keyOf(row));
    if (group) group.push(item);
    else groups.set(keyOf(row), [item]);
  }
  return groups;
}
