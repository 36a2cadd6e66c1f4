/**
 * Achievement of a 10,000-indicator plan (issue 4: "well under a second"). Run with
 * `npx tsx bench/achievement.bench.ts`; prints the figures, asserts nothing.
 */
import os from 'node:os';
import { buildDashboard } from '@traguardo/domain/achievement/build-dashboard';
import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import { DEFAULT_ACHIEVEMENT_RULES } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { MeasurementInput } from '@traguardo/domain/achievement/pick-measurement';
import type { Indicator, Objective, PlanDocument } from '@traguardo/domain/plan/plan.schema';

const INDICATORS = 10_000;
const PER_OBJECTIVE = 5;
const LINES = 20;
const UNITS = 50;
const PEOPLE = 200;

// A small deterministic generator (mulberry32) so every run measures the same plan.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const uuid = (kind: number, n: number) =>
  `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

function generate(): { plan: PlanDocument; measurements: MeasurementInput[] } {
  const measurements: MeasurementInput[] = [];
  let sequence = 0;
  const objectives: Objective[] = [];
  for (let o = 0; o < INDICATORS / PER_OBJECTIVE; o++) {
    const indicators: Indicator[] = [];
    for (let k = 0; k < PER_OBJECTIVE; k++) {
      const n = o * PER_OBJECTIVE + k;
      const binary = k === 4;
      const negative = k === 3;
      const target = binary ? 1 : negative ? Math.floor(random() * 3) : Math.floor(random() * 1000) + 1;
      const id = uuid(3, n);
      indicators.push({
        id,
        code: String(1000 + n),
        title: `Indicatore ${n}`,
        formula: null,
        expression: null,
        purpose: null,
        polarity: negative ? 'negative' : 'positive',
        binary,
        unitOfMeasure: null,
        baseline: null,
        target,
        targetText: null,
        targetsByYear: null,
        weight: 20,
        measurementDeadline: '2020-12-31',
        deadlineText: null,
        rowVersion: 1,
      });
      if (random() < 0.8) {
        const value = binary ? (random() < 0.7 ? 1 : 0) : random() * target * 1.3;
        measurements.push({
          id: uuid(4, sequence),
          indicatorId: id,
          date: '2020-06-30',
          final: false,
          value: value / 2,
          sequence: sequence++,
        });
        measurements.push({
          id: uuid(4, sequence),
          indicatorId: id,
          date: '2020-12-31',
          final: true,
          value,
          sequence: sequence++,
        });
      }
    }
    objectives.push({
      id: uuid(2, o),
      code: `OB${o}`,
      title: `Obiettivo ${o}`,
      definition: null,
      kind: 'operational',
      weight: 1 + Math.floor(random() * 10),
      unit: { id: uuid(5, o % UNITS), name: `Settore ${o % UNITS}` },
      responsible: { id: uuid(6, o % PEOPLE), name: `Persona ${o % PEOPLE}` },
      assignees: [],
      allStaff: false,
      periodStart: null,
      periodEnd: null,
      periodText: null,
      humanResources: null,
      instrumentalResources: null,
      financialResources: null,
      indicators,
      phases: [
        { id: uuid(7, o), number: 1, title: 'Fase', months: [3, 4, 5, 6], assignees: [], rowVersion: 1 },
      ],
      rowVersion: 1,
    });
  }
  const perLine = objectives.length / LINES;
  const plan: PlanDocument = {
    id: uuid(1, 0),
    orgId: uuid(1, 1),
    title: 'Piano di prova, 10.000 indicatori',
    kind: 'piao',
    startYear: 2020,
    endYear: 2020,
    status: 'adopted',
    version: 0,
    currentVersion: 0,
    introduction: null,
    act: null,
    rowVersion: 1,
    strategicLines: Array.from({ length: LINES }, (_, l) => ({
      id: uuid(8, l),
      code: null,
      title: `Linea ${l}`,
      description: null,
      objectives: objectives.slice(l * perLine, (l + 1) * perLine),
    })),
  };
  return { plan, measurements };
}

const { plan, measurements } = generate();
/** Wall time and CPU time per run: on a shared machine the CPU time is the cost of the work itself. */
const time = (fn: () => unknown, runs: number) => {
  for (let i = 0; i < 3; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { median: median(wall), max: Math.max(...wall), cpu: median(cpu) };
};

const achievement = computePlanAchievement(plan, measurements, DEFAULT_ACHIEVEMENT_RULES);
const compute = time(() => computePlanAchievement(plan, measurements, DEFAULT_ACHIEVEMENT_RULES), 20);
const dashboard = time(() => buildDashboard({ plan, achievement, today: '2021-01-15' }), 20);
const f = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(
  `achievement of ${INDICATORS.toLocaleString('en')} indicators, ${measurements.length.toLocaleString('en')} measurements: ` +
    `median ${f(compute.median)} (CPU ${f(compute.cpu)}), max ${f(compute.max)} (plan ${achievement.plan.achievement?.toFixed(2)}%, ` +
    `${achievement.plan.measured}/${achievement.plan.total} objectives measured)`,
);
console.log(
  `dashboard on top of it: median ${f(dashboard.median)} (CPU ${f(dashboard.cpu)}), max ${f(dashboard.max)}`,
);
console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
