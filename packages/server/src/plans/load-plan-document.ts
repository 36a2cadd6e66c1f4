import type { Indicator, Objective, Phase, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { OBJECTIVE_KINDS } from '@traguardo/domain/plan/plan.schema';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { queryJsonTexts } from '../db/query-json-text.ts';
import { type indicators, type objectives, type phases, planVersions } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';

const pick = <T extends string>(values: readonly T[], v: string, fallback: T): T =>
  values.find((x) => x === v) ?? fallback;

/**
 * The plan as it stands now (draft, or latest adopted version plus nothing else: direct edits are
 * refused once adopted).
 */
export async function loadPlanDocument(db: DbOrTx, planId: string): Promise<PlanDocument> {
  // Built by planDocumentJson's one query from columns the authoring use-cases validated on the way
  // in; tests check this document against PlanDocumentSchema (cached-json.test.ts and every plan
  // route's response schema in the test app), so it is read back without re-validating 10,000
  // indicators on every load.
  const document: PlanDocument = JSON.parse(await planDocumentJson(db, planId));
  return document;
}

/**
 * The plan document as JSON text, built by PostgreSQL (nested per line, objective, indicator and
 * phase through their indexes). On PGlite this is 3–4× faster than reading the rows and assembling
 * them here (the large benchmark plan: ~0.4 s against ~1.5 s), and GET /plans/{id} sends the text as
 * it comes, with no object graph in between.
 */
export function planDocumentJson(db: DbOrTx, planId: string): Promise<string> {
  return planJsonByLine(
    db,
    planId,
    sql`json_build_object(
      'id', o.id, 'code', o.code, 'title', o.title, 'definition', o.definition, 'kind', o.kind, 'weight', o.weight,
      'unit', ${unitOfObjective}, 'responsible', ${responsibleOfObjective},
      'assignees', coalesce((select json_agg(json_build_object('id', pe.id, 'name', pe.name) order by pe.name)
          from objective_assignees a join people pe on pe.id = a.person_id where a.objective_id = o.id), '[]'::json),
      'allStaff', o.all_staff,
      'periodStart', o.period_start, 'periodEnd', o.period_end, 'periodText', o.period_text,
      'humanResources', o.human_resources, 'instrumentalResources', o.instrumental_resources,
      'financialResources', o.financial_resources,
      'indicators', coalesce((select json_agg(json_build_object(
          'id', i.id, 'code', i.code, 'title', i.title, 'formula', i.formula, 'expression', i.expression,
          'purpose', i.purpose, 'polarity', case when i.polarity = 'negative' then 'negative' else 'positive' end,
          'binary', i.binary, 'unitOfMeasure', i.unit_of_measure, 'baseline', i.baseline, 'target', i.target,
          'targetText', i.target_text, 'targetsByYear', i.targets_by_year, 'weight', i.weight,
          'measurementDeadline', i.measurement_deadline, 'deadlineText', i.deadline_text, 'rowVersion', i.row_version
        ) order by i.position) from indicators i where i.objective_id = o.id and i.removed_in_version is null), '[]'::json),
      'phases', coalesce((select json_agg(json_build_object(
          'id', ph.id, 'number', ph.number, 'title', ph.title, 'months', ph.months, 'assignees', ph.assignees, 'rowVersion', ph.row_version
        ) order by ph.number) from phases ph where ph.objective_id = o.id and ph.removed_in_version is null), '[]'::json),
      'rowVersion', o.row_version
    )`,
  );
}

/** The plan's outline (PlanOutlineSchema) as JSON text: the document without indicators, phases and long texts. */
export function planOutlineJson(db: DbOrTx, planId: string): Promise<string> {
  return planJsonByLine(
    db,
    planId,
    sql`json_build_object(
      'id', o.id, 'code', o.code, 'title', o.title, 'kind', o.kind, 'weight', o.weight,
      'unit', ${unitOfObjective}, 'responsible', ${responsibleOfObjective}
    )`,
  );
}

const unitOfObjective = sql`(select json_build_object('id', u.id, 'name', u.name) from org_units u where u.id = o.unit_id)`;
const responsibleOfObjective = sql`(select json_build_object('id', r.id, 'name', r.name) from people r where r.id = o.responsible_person_id)`;

/**
 * The plan with its live lines, each with its live objectives as `objectiveJson` (an expression over
 * the row `o`) builds them, as JSON text.
 *
 * One statement gives the plan's own fields in one row and each strategic line in a row of its own,
 * joined here. Why not one 10 MB value: PGlite's WebAssembly memory only grows, and building one
 * value that size inside it (aggregate, text datum, protocol message) raised the server's resident
 * memory by ~64 MB for good; a line at a time by < 10 MB (decision 017). One statement, so the lines
 * are read from the same snapshot as the plan.
 */
async function planJsonByLine(db: DbOrTx, planId: string, objectiveJson: SQL): Promise<string> {
  const [head, ...lines] = await queryJsonTexts(
    db,
    sql`
    select json from (
      select -1 as position, json_build_object(
        'id', p.id, 'orgId', p.org_id, 'title', p.title, 'kind', p.kind, 'startYear', p.start_year, 'endYear', p.end_year,
        'status', p.status, 'version', p.current_version, 'currentVersion', p.current_version, 'introduction', p.introduction,
        'act', (select json_build_object('number', a.number, 'date', a.date, 'body', a.body) from acts a
                where a.plan_id = p.id and a.kind in ('adoption', 'amendment') order by a.date desc, a.created_at desc limit 1),
        'rowVersion', p.row_version
      )::text as json
      from plans p where p.id = ${planId}
      union all
      select l.position, json_build_object(
        'id', l.id, 'code', l.code, 'title', l.title, 'description', l.description,
        'objectives', coalesce((select json_agg(${objectiveJson} order by o.position)
          from objectives o where o.strategic_line_id = l.id and o.plan_id = l.plan_id and o.removed_in_version is null), '[]'::json)
      )::text
      from strategic_lines l
      where l.plan_id = ${planId} and l.removed_in_version is null
    ) parts order by position
  `,
  );
  if (head === undefined) throw notFound('Plan');
  // The head is one JSON object; the lines go in as its last field, as the schema lists them.
  return `${head.slice(0, head.lastIndexOf('}'))}, "strategicLines" : [${lines.join(', ')}]}`;
}

/** An objective row with the names of its unit and responsible person, as the loaders select it. */
export type ObjectiveRow = {
  o: typeof objectives.$inferSelect;
  unitName: string | null;
  personName: string | null;
};

/** One objective of the plan document; its assignees, indicators and phases come ready, in order. */
export function toObjective(
  { o, unitName, personName }: ObjectiveRow,
  parts: Pick<Objective, 'assignees' | 'indicators' | 'phases'>,
): Objective {
  return {
    id: o.id,
    code: o.code,
    title: o.title,
    definition: o.definition,
    kind: pick(OBJECTIVE_KINDS, o.kind, 'operational'),
    weight: o.weight,
    unit: o.unitId && unitName !== null ? { id: o.unitId, name: unitName } : null,
    responsible:
      o.responsiblePersonId && personName !== null ? { id: o.responsiblePersonId, name: personName } : null,
    assignees: parts.assignees,
    allStaff: o.allStaff,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    periodText: o.periodText,
    humanResources: o.humanResources,
    instrumentalResources: o.instrumentalResources,
    financialResources: o.financialResources,
    indicators: parts.indicators,
    phases: parts.phases,
    rowVersion: o.rowVersion,
  };
}

export function toIndicator(i: typeof indicators.$inferSelect): Indicator {
  return {
    id: i.id,
    code: i.code,
    title: i.title,
    formula: i.formula,
    expression: i.expression,
    purpose: i.purpose,
    polarity: i.polarity === 'negative' ? 'negative' : 'positive',
    binary: i.binary,
    unitOfMeasure: i.unitOfMeasure,
    baseline: i.baseline,
    target: i.target,
    targetText: i.targetText,
    targetsByYear: i.targetsByYear ?? null,
    weight: i.weight,
    measurementDeadline: i.measurementDeadline,
    deadlineText: i.deadlineText,
    rowVersion: i.rowVersion,
  };
}

export function toPhase(p: typeof phases.$inferSelect): Phase {
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    months: p.months,
    assignees: p.assignees,
    rowVersion: p.rowVersion,
  };
}

/** Version N exactly as adopted: the frozen snapshot. */
export async function loadPlanVersion(db: DbOrTx, planId: string, version: number): Promise<PlanDocument> {
  const [row] = await db
    .select({ snapshot: planVersions.snapshot })
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)));
  if (!row) throw notFound(`Version ${version} of the plan`);
  // Snapshots are written only by freezePlanVersion from a PlanDocument.
  return row.snapshot as PlanDocument;
}
