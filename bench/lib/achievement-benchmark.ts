import { performance } from 'node:perf_hooks';
import { computePlanAchievement } from '../../packages/domain/src/achievement/compute-plan-achievement.ts';
import {
  loadAchievementInputs,
  loadPlanAchievement,
} from '../../packages/server/src/achievement/load-plan-achievement.ts';
import type { Db } from '../../packages/server/src/db/client.ts';
import { type Backend, type Figure, failed, measured } from './figures.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Wall time, and CPU time of this process: on a shared machine the CPU time is the work itself. */
async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
}

/**
 * The whole plan's achievement recomputed in-process: the domain computation alone
 * (computePlanAchievement over the plan, measurements and rules the server loads), and the server's
 * own loader plus computation (loadPlanAchievement, what GET …/achievement runs). Five runs each, the
 * median reported, the first (cold) in the note. run.ts calls it in a process of its own started as
 * the server is (achievement-process.ts).
 */
export async function benchmarkAchievementInProcess(
  backend: Backend,
  db: Db,
  planId: string,
): Promise<Figure[]> {
  const base = { backend, unit: 'ms' as const, target: { op: '<=' as const, value: 300 } };
  const computeFigure = {
    ...base,
    id: 'achievement.compute',
    label: 'achievement of the whole plan: domain computation',
  };
  const loadFigure = {
    ...base,
    id: 'achievement.load',
    label: 'achievement of the whole plan: server loader + computation',
  };
  try {
    const inputs = await loadAchievementInputs(db, planId);
    const computes: number[] = [];
    const computeCpu: number[] = [];
    let summary = '';
    for (let run = 0; run < 5; run++) {
      const computed = await timed(() =>
        computePlanAchievement(inputs.plan, inputs.measurements, inputs.rules),
      );
      computes.push(computed.ms);
      computeCpu.push(computed.cpuMs);
      const p = computed.value.plan;
      summary = `plan ${p.achievement?.toFixed(2)}% over ${p.measured}/${p.total} objectives, ${inputs.measurements.length} measurements`;
    }
    const loads: number[] = [];
    const loadCpu: number[] = [];
    for (let run = 0; run < 5; run++) {
      const loaded = await timed(() => loadPlanAchievement(db, planId));
      loads.push(loaded.ms);
      loadCpu.push(loaded.cpuMs);
    }
    return [
      measured({
        ...computeFigure,
        value: median(computes),
        note: `computePlanAchievement, median of 5 (CPU ${median(computeCpu).toFixed(0)} ms), first ${computes[0]?.toFixed(0)} ms; ${summary}`,
      }),
      measured({
        ...loadFigure,
        value: median(loads),
        note: `loadPlanAchievement (the plan as achievement reads it + measurements + rules, then computed), median of 5 (CPU of this process ${median(loadCpu).toFixed(0)} ms; PGlite runs in it, PostgreSQL does not), first ${loads[0]?.toFixed(0)} ms`,
      }),
    ];
  } catch (error) {
    return [failed(computeFigure, error), failed(loadFigure, error)];
  }
}
