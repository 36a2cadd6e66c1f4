import type { changeRequests } from '../../packages/server/src/db/schema/change-requests.ts';
import type { measurements } from '../../packages/server/src/db/schema/measurements.ts';
import type { orgUnits, people } from '../../packages/server/src/db/schema/organizations.ts';
import type {
  acts,
  amendments,
  indicators,
  objectiveAssignees,
  objectives,
  phases,
  plans,
  strategicLines,
} from '../../packages/server/src/db/schema/plans.ts';
import { createRng, type Rng } from './prng.ts';
import {
  FIRST_NAMES,
  INDICATOR_TITLES,
  LINE_THEMES,
  OBJECTIVE_SUBJECTS,
  OBJECTIVE_VERBS,
  PHASE_TITLES,
  SECTOR_AREAS,
  SURNAMES,
} from './vocabulary.ts';

/** The sizes of issue 8: the largest comune (Roma Capitale has ~23,000 staff). */
export const LARGE_SIZES = {
  strategicLines: 25,
  units: 200,
  objectives: 2_500,
  indicatorsPerObjective: 4,
  phasesPerObjective: 8,
  people: 25_000,
  assigneesPerObjective: 2,
  measurementsPerIndicator: 2,
  changeRequests: 500,
  amendments: 5,
} as const;

export type Sizes = { [K in keyof typeof LARGE_SIZES]: number };

export const BENCH_SEED = 20_260_101;

/** The bench secretary: logs in to drive the HTTP benchmarks. */
export const BENCH_USER = {
  email: 'segretario@grandeprova.bench',
  password: 'bench-segretario-2026',
} as const;

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export type AmendmentModel = {
  act: Row<typeof acts> & { id: string };
  amendment: Row<typeof amendments>;
  changeRequests: Row<typeof changeRequests>[];
  /** The accepted requests' effect on the live rows: new targets. */
  targetUpdates: { indicatorId: string; target: number; targetText: string }[];
};

/** A whole large organisation as rows, built in memory from a seed; nothing random is left to the database. */
export type LargeOrganisation = {
  org: { id: string; slug: string; name: string };
  units: (Row<typeof orgUnits> & { id: string })[];
  people: (Row<typeof people> & { id: string })[];
  secretaryPersonId: string;
  plan: Row<typeof plans> & { id: string };
  adoptionAct: Row<typeof acts> & { id: string };
  lines: (Row<typeof strategicLines> & { id: string })[];
  objectives: (Row<typeof objectives> & { id: string })[];
  assignees: Row<typeof objectiveAssignees>[];
  indicators: (Row<typeof indicators> & { id: string })[];
  phases: Row<typeof phases>[];
  measurements: Row<typeof measurements>[];
  amendments: AmendmentModel[];
};

const italianNumber = (n: number) => n.toLocaleString('it-IT', { maximumFractionDigits: 2 });

export function buildLargeOrganisation(seed = BENCH_SEED, sizes: Sizes = LARGE_SIZES): LargeOrganisation {
  const rng = createRng(seed);
  const org = { id: rng.uuid(), slug: 'comune-di-grandeprova', name: 'Comune di Grandeprova' };

  const people = buildPeople(rng, org.id, sizes.people);
  const units = Array.from({ length: sizes.units }, (_, n): Row<typeof orgUnits> & { id: string } => ({
    id: rng.uuid(),
    orgId: org.id,
    code: `S${String(n + 1).padStart(3, '0')}`,
    name: `Settore ${String(n + 1).padStart(3, '0')} ${SECTOR_AREAS[n % SECTOR_AREAS.length]}`,
  }));
  // The first people lead the units (dirigenti); the rest are spread over the units; one is the Segretario.
  units.forEach((u, n) => {
    const manager = people[n];
    if (!manager) throw new Error('fewer people than units');
    manager.category = 'dirigente';
    manager.jobTitle = 'Dirigente';
    manager.unitId = u.id;
    u.managerPersonId = manager.id;
  });
  for (let n = units.length; n < people.length; n++) {
    const person = people[n];
    if (person) person.unitId = rng.pick(units).id;
  }
  const secretary = people[people.length - 1];
  if (!secretary) throw new Error('no people');
  secretary.category = 'segretario';
  secretary.jobTitle = 'Segretario Generale';
  const staffByUnit = new Map<string, string[]>();
  for (const p of people.slice(units.length)) {
    if (!p.unitId || !p.id) continue;
    staffByUnit.set(p.unitId, [...(staffByUnit.get(p.unitId) ?? []), p.id]);
  }

  const plan = {
    id: rng.uuid(),
    orgId: org.id,
    title: 'Piano della Performance 2020-2022',
    kind: 'peg',
    startYear: 2020,
    endYear: 2022,
    status: 'adopted',
    currentVersion: 0,
  };
  const adoptionAct = {
    id: rng.uuid(),
    orgId: org.id,
    planId: plan.id,
    kind: 'adoption',
    number: '12',
    date: '2020-01-28',
  };
  const lines = Array.from({ length: sizes.strategicLines }, (_, n) => ({
    id: rng.uuid(),
    planId: plan.id,
    code: String(n + 1),
    title: LINE_THEMES[n % LINE_THEMES.length] ?? `Linea ${n + 1}`,
    position: n,
  }));

  const objectiveRows: LargeOrganisation['objectives'] = [];
  const assignees: LargeOrganisation['assignees'] = [];
  const indicatorRows: LargeOrganisation['indicators'] = [];
  const phaseRows: LargeOrganisation['phases'] = [];
  const measurementRows: LargeOrganisation['measurements'] = [];
  const weightPatterns = [
    [25, 25, 25, 25],
    [40, 30, 20, 10],
    [50, 20, 20, 10],
    [30, 30, 20, 20],
  ];
  for (let n = 0; n < sizes.objectives; n++) {
    const line = lines[n % lines.length];
    const unit = rng.pick(units);
    if (!line || !unit.managerPersonId) throw new Error('no line or manager');
    const id = rng.uuid();
    const kindRoll = rng.next();
    objectiveRows.push({
      id,
      planId: plan.id,
      strategicLineId: line.id,
      code: `C${String(Number(line.code) * 10).padStart(2, '0')}_${String(n + 1).padStart(4, '0')}`,
      title: `${rng.pick(OBJECTIVE_VERBS)} ${rng.pick(OBJECTIVE_SUBJECTS)} (${unit.code})`,
      definition: `Il settore ${unit.name} cura ${rng.pick(OBJECTIVE_SUBJECTS)} e ${rng.pick(OBJECTIVE_SUBJECTS)} entro l’anno, con risorse interne e verifica semestrale.`,
      kind: kindRoll < 0.1 ? 'strategic' : kindRoll < 0.85 ? 'operational' : 'management',
      unitId: unit.id,
      responsiblePersonId: unit.managerPersonId,
      weight: rng.int(1, 10),
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      position: Math.floor(n / lines.length),
    });
    const staff = staffByUnit.get(unit.id) ?? [];
    const chosen = new Set<string>();
    for (let a = 0; a < sizes.assigneesPerObjective && chosen.size < staff.length; a++)
      chosen.add(rng.pick(staff));
    for (const personId of chosen) assignees.push({ objectiveId: id, personId });

    const weights = rng.pick(weightPatterns);
    for (let k = 0; k < sizes.indicatorsPerObjective; k++) {
      const indicator = buildIndicator(rng, {
        planId: plan.id,
        objectiveId: id,
        code: String(1000 + indicatorRows.length + 1),
        weight: weights[k % weights.length] ?? 25,
        position: k,
      });
      indicatorRows.push(indicator);
      measurementRows.push(...buildMeasurements(rng, indicator, sizes.measurementsPerIndicator));
    }
    for (let k = 0; k < sizes.phasesPerObjective; k++) {
      const from = rng.int(1, 10);
      const to = Math.min(12, from + rng.int(0, 4));
      phaseRows.push({
        id: rng.uuid(),
        planId: plan.id,
        objectiveId: id,
        number: k + 1,
        title: PHASE_TITLES[k % PHASE_TITLES.length] ?? `Fase ${k + 1}`,
        months: Array.from({ length: to - from + 1 }, (_, m) => from + m),
        assignees: [rng.chance(0.3) ? 'Tutto il personale' : `Personale del ${unit.code}`],
      });
    }
  }

  const amendmentModels = buildAmendments(rng, { org, plan, indicators: indicatorRows, sizes });
  return {
    org,
    units,
    people,
    secretaryPersonId: secretary.id ?? '',
    plan,
    adoptionAct,
    lines,
    objectives: objectiveRows,
    assignees,
    indicators: indicatorRows,
    phases: phaseRows,
    measurements: measurementRows,
    amendments: amendmentModels,
  };
}

function buildPeople(rng: Rng, orgId: string, count: number): (Row<typeof people> & { id: string })[] {
  const taken = new Set<string>();
  const rows: (Row<typeof people> & { id: string })[] = [];
  for (let n = 0; n < count; n++) {
    let name = `${rng.pick(SURNAMES)} ${rng.pick(FIRST_NAMES)}`;
    // Unique per organisation (case-insensitive): a second first name, then a number, as registries do.
    if (taken.has(name.toLowerCase())) name = `${name} ${rng.pick(FIRST_NAMES)}`;
    if (taken.has(name.toLowerCase())) name = `${name} ${n}`;
    taken.add(name.toLowerCase());
    rows.push({ id: rng.uuid(), orgId, name, category: 'dipendente', jobTitle: 'Istruttore' });
  }
  return rows;
}

function buildIndicator(
  rng: Rng,
  base: { planId: string; objectiveId: string; code: string; weight: number; position: number },
): LargeOrganisation['indicators'][number] {
  const roll = rng.next();
  const common = { ...base, id: rng.uuid(), measurementDeadline: '2020-12-31', deadlineText: '31/12/2020' };
  if (roll < 0.1)
    return {
      ...common,
      title: 'Regolamento adottato',
      formula: '1 = fatto 0 = non fatto',
      binary: true,
      target: 1,
      targetText: '1',
      unitOfMeasure: 'si/no',
      purpose: 'Rispetto degli adempimenti',
    };
  if (roll < 0.3) {
    const target = rng.int(10, 60);
    return {
      ...common,
      title: 'Tempo medio di risposta',
      formula: 'Somma dei giorni di risposta / numero delle pratiche',
      polarity: 'negative',
      target,
      targetText: `Non oltre ${target} giorni`,
      unitOfMeasure: 'giorni',
      purpose: 'Riduzione dei tempi',
      baseline: target + rng.int(1, 20),
    };
  }
  if (roll < 0.5) {
    const target = rng.int(60, 95);
    return {
      ...common,
      title: 'Pratiche evase nei termini',
      formula: 'Pratiche evase / pratiche ricevute * 100',
      expression: 'evase / ricevute * 100',
      target,
      targetText: `Almeno ${target}%`,
      unitOfMeasure: '%',
      purpose: 'Efficienza del servizio',
    };
  }
  const target = rng.int(5, 400) * 10;
  return {
    ...common,
    title: rng.pick(INDICATOR_TITLES),
    formula: 'Numero rilevato nell’anno',
    target,
    targetText: italianNumber(target),
    unitOfMeasure: 'numero',
    purpose: 'Volume di attività',
    baseline: Math.round(target * 0.8),
  };
}

function buildMeasurements(
  rng: Rng,
  indicator: LargeOrganisation['indicators'][number],
  count: number,
): LargeOrganisation['measurements'] {
  const target = indicator.target ?? 1;
  const rows: LargeOrganisation['measurements'] = [];
  for (let k = 0; k < count; k++) {
    const final = k === count - 1;
    const date = final ? '2020-12-31' : `2020-${String(Math.min(11, 6 + k)).padStart(2, '0')}-30`;
    const share = final ? 0.6 + rng.next() * 0.6 : 0.3 + rng.next() * 0.4;
    if (indicator.binary) {
      rows.push({
        planId: indicator.planId,
        indicatorId: indicator.id,
        date,
        final,
        value: share > 0.8 ? 1 : 0,
      });
    } else if (indicator.expression) {
      const ricevute = rng.int(50, 500);
      const evase = Math.min(ricevute, Math.round((ricevute * target * share) / 100));
      rows.push({
        planId: indicator.planId,
        indicatorId: indicator.id,
        date,
        final,
        value: (evase / ricevute) * 100,
        variables: { evase, ricevute },
      });
    } else {
      // Lower-is-better values spread around the target too: 2 - share keeps half of them met.
      const value = indicator.polarity === 'negative' ? target * (2 - share) : target * share;
      rows.push({
        planId: indicator.planId,
        indicatorId: indicator.id,
        date,
        final,
        value: Math.round(value),
      });
    }
  }
  return rows;
}

function buildAmendments(
  rng: Rng,
  ctx: {
    org: { id: string };
    plan: { id: string };
    indicators: LargeOrganisation['indicators'];
    sizes: Sizes;
  },
): AmendmentModel[] {
  const perAmendment = Math.ceil(ctx.sizes.changeRequests / Math.max(1, ctx.sizes.amendments));
  const models: AmendmentModel[] = [];
  let made = 0;
  for (let k = 1; k <= ctx.sizes.amendments; k++) {
    const act = {
      id: rng.uuid(),
      orgId: ctx.org.id,
      planId: ctx.plan.id,
      kind: 'amendment',
      number: String(40 + k * 17),
      date: `2020-${String(3 + k).padStart(2, '0')}-15`,
    };
    const amendment = {
      id: rng.uuid(),
      planId: ctx.plan.id,
      number: k,
      baseVersion: k - 1,
      version: k,
      actId: act.id,
    };
    const requests: Row<typeof changeRequests>[] = [];
    const targetUpdates: AmendmentModel['targetUpdates'] = [];
    const targeted = new Set<string>();
    for (let r = 0; r < perAmendment && made < ctx.sizes.changeRequests; r++, made++) {
      let indicator = rng.pick(ctx.indicators);
      while (targeted.has(indicator.id)) indicator = rng.pick(ctx.indicators);
      targeted.add(indicator.id);
      const oldTarget = indicator.target ?? 1;
      const newTarget = indicator.binary ? 1 : Math.max(1, Math.round(oldTarget * (0.8 + rng.next() * 0.15)));
      const roll = rng.next();
      const outcome =
        roll < 0.7
          ? 'accepted'
          : roll < 0.8
            ? 'accepted_with_changes'
            : roll < 0.95
              ? 'rejected'
              : 'deferred';
      const adopted = outcome === 'accepted' || outcome === 'accepted_with_changes';
      requests.push({
        id: rng.uuid(),
        planId: ctx.plan.id,
        targetType: 'indicator',
        targetId: indicator.id,
        targetCode: indicator.code,
        changes: { target: newTarget },
        requestText: `Rideterminazione del target a ${italianNumber(newTarget)}`,
        reason: 'Minori risorse assegnate in corso d’anno e slittamento delle procedure di gara.',
        status: adopted ? 'adopted' : 'decided',
        outcome,
        decisionNote: adopted
          ? 'Richiesta motivata: si accoglie.'
          : 'La motivazione non giustifica la variazione.',
        decidedAt: new Date(`${act.date}T10:00:00Z`),
        amendmentId: adopted ? amendment.id : null,
      });
      if (adopted)
        targetUpdates.push({
          indicatorId: indicator.id,
          target: newTarget,
          targetText: italianNumber(newTarget),
        });
    }
    models.push({ act, amendment, changeRequests: requests, targetUpdates });
  }
  return models;
}
