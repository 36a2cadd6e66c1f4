/**
 * bench/results/latest.json as the Markdown table of the README's "Scale" section:
 *   npx tsx bench/summarise.ts [path/to/results.json]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const FigureSchema = z.object({
  id: z.string(),
  label: z.string(),
  backend: z.string(),
  unit: z.string(),
  value: z.number().nullable(),
  target: z.object({ op: z.string(), value: z.number() }).optional(),
  floor: z.object({ label: z.string(), value: z.number(), unit: z.string() }).optional(),
  ratio: z.number().optional(),
  met: z.boolean().optional(),
  status: z.string(),
  note: z.string().optional(),
});
const ResultsSchema = z.object({
  date: z.string(),
  commit: z.string().nullable(),
  seconds: z.number(),
  machine: z.object({
    cpus: z.number(),
    cpuModel: z.string(),
    memoryGb: z.number(),
    node: z.string(),
    loadAverage: z.object({ atStart: z.number(), atEnd: z.number() }).optional(),
  }),
  figures: z.array(FigureSchema),
});
type Figure = z.infer<typeof FigureSchema>;

const path = process.argv[2] ?? new URL('results/latest.json', import.meta.url).pathname;
const results = ResultsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

const number = (n: number) =>
  n >= 100 ? Math.round(n).toLocaleString('en') : n >= 10 ? n.toFixed(1) : n.toFixed(2);
const cell = (f: Figure | undefined) => {
  if (!f) return '—';
  if (f.value === null) return f.status === 'measured' ? 'no response in the run ✗' : f.status;
  const verdict = f.met === undefined ? '' : f.met ? ' ✓' : ' ✗';
  const ratio = f.ratio !== undefined ? ` (${number(f.ratio)}× floor)` : '';
  return `${number(f.value)} ${f.unit}${verdict}${ratio}`;
};

const ids = [...new Set(results.figures.map((f) => f.id))].filter((id) => !id.endsWith('.crash'));
const lines = [
  `Measured ${results.date.slice(0, 10)} at ${results.commit ?? 'an uncommitted tree'} on ${results.machine.cpus} cores (${results.machine.cpuModel}), ${results.machine.memoryGb} GB, Node ${results.machine.node}${results.machine.loadAverage ? `, load average ${results.machine.loadAverage.atStart.toFixed(1)} at start and ${results.machine.loadAverage.atEnd.toFixed(1)} at end (the machine is shared)` : ''}; load tests ${results.seconds} s at 50 connections.`,
  '',
  '| benchmark | target | PGlite | PostgreSQL |',
  '|---|---|---|---|',
];
for (const id of ids) {
  const pglite = results.figures.find((f) => f.id === id && f.backend === 'pglite');
  const postgres = results.figures.find((f) => f.id === id && f.backend === 'postgres');
  const any = pglite ?? postgres;
  if (!any) continue;
  const target = any.target
    ? `${any.target.op === '<=' ? '≤' : '≥'} ${number(any.target.value)} ${any.unit}`
    : '';
  lines.push(`| ${any.label} | ${target} | ${cell(pglite)} | ${cell(postgres)} |`);
}
const crashes = results.figures.filter((f) => f.id.endsWith('.crash'));
for (const c of crashes) lines.push('', `${c.backend}: ${c.label} (${c.note ?? ''}).`);
console.log(lines.join('\n'));
