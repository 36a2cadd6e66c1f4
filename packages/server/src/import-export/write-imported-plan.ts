import { randomUUID } from 'node:crypto';
import { nameKey } from '@traguardo/domain/import/cell';
import type { ImportedPlan } from '@traguardo/domain/import/plan-table';
import type { PLAN_KINDS } from '@traguardo/domain/plan/plan.schema';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Tx } from '../db/client.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { organizations, orgUnits, people } from '../db/schema/organizations.ts';
import { indicators, objectives, plans, strategicLines } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { insertJsonRows } from './insert-json-rows.ts';

export type ImportCounts = {
  strategicLines: number;
  objectives: number;
  indicators: number;
  /** Units (Settori) the plan's objectives belong to, matched or created. */
  units: number;
  /** People answering for objectives, matched or created. */
  people: number;
  changeRequests: number;
};

export type WriteImportedPlanOptions = {
  orgId: string;
  actorUserId: string | null;
  title: string;
  kind: (typeof PLAN_KINDS)[number];
  startYear: number;
  endYear: number;
  plan: ImportedPlan;
  /** Recorded in the audit entry. */
  filename: string;
};

/**
 * Writes an imported plan as a draft, inside the caller's transaction, with multi-row inserts (one
 * statement per 5,000 rows). Units and people are matched by name, case and
 * accents ignored, or created; the Responsabile becomes the manager of a unit that has none.
 */
export async function writeImportedPlan(tx: Tx, options: WriteImportedPlanOptions) {
  const { orgId, plan } = options;
  const [org] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) throw notFound('Organisation');
  const allObjectives = plan.lines.flatMap((l) => l.objectives);
  const names = await resolveNames(tx, orgId, allObjectives);

  const planId = randomUUID();
  await tx.insert(plans).values({
    id: planId,
    orgId,
    title: options.title,
    kind: options.kind,
    startYear: options.startYear,
    endYear: options.endYear,
    status: 'draft',
    currentVersion: null,
  });

  const lineRows = plan.lines.map((l, position) => ({ id: randomUUID(), planId, title: l.title, position }));
  await insertJsonRows(tx, strategicLines, lineRows);

  const objectiveIds = new Map<string, string>();
  const indicatorIds = new Map<string, string>();
  const objectiveRows: (typeof objectives.$inferInsert)[] = [];
  const indicatorRows: (typeof indicators.$inferInsert)[] = [];
  plan.lines.forEach((line, n) => {
    for (const o of line.objectives) {
      const id = randomUUID();
      objectiveIds.set(o.code, id);
      objectiveRows.push({
        id,
        planId,
        strategicLineId: lineRows[n]?.id,
        code: o.code,
        title: o.title,
        definition: o.definition,
        kind: o.kind,
        weight: o.weight,
        unitId: o.unitName === null ? null : (names.unitIds.get(nameKey(o.unitName)) ?? null),
        responsiblePersonId:
          o.responsibleName === null ? null : (names.personIds.get(nameKey(o.responsibleName)) ?? null),
        position: objectiveRows.length,
      });
      o.indicators.forEach((i, position) => {
        const indicatorId = randomUUID();
        indicatorIds.set(i.code, indicatorId);
        indicatorRows.push({
          id: indicatorId,
          planId,
          objectiveId: id,
          code: i.code,
          title: i.title,
          formula: i.formula,
          purpose: i.purpose,
          polarity: i.polarity,
          binary: i.binary,
          unitOfMeasure: i.unitOfMeasure,
          target: i.target,
          targetText: i.targetText,
          weight: i.weight,
          measurementDeadline: i.measurementDeadline,
          deadlineText: i.deadlineText,
          position,
        });
      });
    }
  });
  await insertJsonRows(tx, objectives, objectiveRows);
  await insertJsonRows(tx, indicators, indicatorRows);

  // Read by the change-request workflow: pending requests with the Nucleo's note when the table has one.
  const requestRows: (typeof changeRequests.$inferInsert)[] = plan.changeRequests.map((r) => ({
    planId,
    targetType: r.targetType,
    targetId: (r.targetType === 'indicator' ? indicatorIds : objectiveIds).get(r.targetCode) ?? null,
    targetCode: r.targetCode,
    changes: {},
    requestText: r.requestText,
    reason: r.reason,
    status: 'pending',
    decisionNote: r.decisionNote,
  }));
  await insertJsonRows(tx, changeRequests, requestRows);

  const counts: ImportCounts = {
    strategicLines: lineRows.length,
    objectives: objectiveRows.length,
    indicators: indicatorRows.length,
    units: names.unitCount,
    people: names.personCount,
    changeRequests: requestRows.length,
  };
  await recordAudit(tx, {
    orgId,
    actorUserId: options.actorUserId,
    action: 'import',
    entityType: 'plan',
    entityId: planId,
    after: {
      title: options.title,
      kind: options.kind,
      startYear: options.startYear,
      endYear: options.endYear,
      filename: options.filename,
      counts,
      created: names.created,
    },
  });
  return { planId, counts, created: names.created };
}

type Named = { unitName: string | null; responsibleName: string | null };

/** Ids of the units and people the objectives name, creating those the organisation lacks. */
async function resolveNames(tx: Tx, orgId: string, items: Named[]) {
  // One after the other: a transaction is one connection.
  const unitRows = await tx.select().from(orgUnits).where(eq(orgUnits.orgId, orgId));
  const personRows = await tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(eq(people.orgId, orgId));
  const unitIds = new Map(unitRows.map((u) => [nameKey(u.name), u.id]));
  const personIds = new Map(personRows.map((p) => [nameKey(p.name), p.id]));
  const usedUnits = new Set<string>();
  const usedPeople = new Set<string>();
  const newUnits: (typeof orgUnits.$inferInsert)[] = [];
  const newPeople: (typeof people.$inferInsert)[] = [];
  // Manager of each unit as the table gives it: the first Responsabile named beside it.
  const managerOf = new Map<string, string>();

  for (const o of items) {
    const unitKey = o.unitName === null ? null : nameKey(o.unitName);
    if (unitKey !== null && o.unitName !== null) {
      usedUnits.add(unitKey);
      if (!unitIds.has(unitKey)) {
        const id = randomUUID();
        unitIds.set(unitKey, id);
        newUnits.push({ id, orgId, name: o.unitName });
      }
    }
    if (o.responsibleName === null) continue;
    const personKey = nameKey(o.responsibleName);
    usedPeople.add(personKey);
    if (!personIds.has(personKey)) {
      const id = randomUUID();
      personIds.set(personKey, id);
      newPeople.push({
        id,
        orgId,
        name: o.responsibleName,
        // A Responsabile di Settore answers for objectives: evaluated by the Nucleo as a manager.
        category: 'dirigente',
        unitId: unitKey === null ? null : unitIds.get(unitKey),
      });
    }
    const personId = personIds.get(personKey);
    const unitId = unitKey === null ? undefined : unitIds.get(unitKey);
    if (unitId && personId && !managerOf.has(unitId)) managerOf.set(unitId, personId);
  }

  for (const u of newUnits) if (u.id) u.managerPersonId = managerOf.get(u.id) ?? null;
  await insertJsonRows(tx, orgUnits, newUnits);
  await insertJsonRows(tx, people, newPeople);
  // Existing units without a manager get the one the table names; a manager already set is kept.
  const withoutManager = unitRows.filter((u) => u.managerPersonId === null && managerOf.has(u.id));
  for (const u of withoutManager) {
    await tx
      .update(orgUnits)
      .set({ managerPersonId: managerOf.get(u.id), rowVersion: u.rowVersion + 1 })
      .where(and(eq(orgUnits.id, u.id), isNull(orgUnits.managerPersonId)));
  }
  return {
    unitIds,
    personIds,
    unitCount: usedUnits.size,
    personCount: usedPeople.size,
    created: { units: newUnits.length, people: newPeople.length },
  };
}
