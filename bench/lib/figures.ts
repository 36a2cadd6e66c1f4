export type Backend = 'pglite' | 'postgres';

export type Target = { op: '<=' | '>='; value: number };

/** One measured figure, with its target and, where there is a natural floor, the ratio to it. */
export type Figure = {
  id: string;
  label: string;
  backend: Backend | 'any';
  unit: 'ms' | 's' | 'MB' | 'req/s' | '%' | 'queries';
  value: number | null;
  target?: Target;
  floor?: { label: string; value: number; unit: string };
  /** value / floor (for throughput: value / floor as a share, see the label). */
  ratio?: number;
  met?: boolean;
  /** measured; missing: the feature it needs has not landed; failed: it ran and broke. */
  status: 'measured' | 'missing' | 'failed' | 'info';
  note?: string;
};

export function measured(
  f: Omit<Figure, 'status' | 'met' | 'ratio'> & { value: number; ratioOf?: number },
): Figure {
  const { ratioOf, ...rest } = f;
  const met = f.target
    ? f.target.op === '<='
      ? f.value <= f.target.value
      : f.value >= f.target.value
    : undefined;
  const ratio = f.floor ? (ratioOf ?? f.value) / f.floor.value : undefined;
  return { ...rest, status: f.target ? 'measured' : 'info', met, ratio };
}

export function missing(f: Omit<Figure, 'status' | 'value'>, note: string): Figure {
  return { ...f, value: null, status: 'missing', note };
}

export function failed(f: Omit<Figure, 'status' | 'value'>, error: unknown): Figure {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ...f,
    value: null,
    status: 'failed',
    note: message.split('\n').slice(0, 3).join(' ').slice(0, 300),
  };
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

export function describe(f: Figure): string {
  const value =
    f.value === null
      ? f.status === 'measured'
        ? 'NONE'
        : f.status.toUpperCase()
      : `${fmt(f.value)} ${f.unit}`;
  const target = f.target ? `target ${f.target.op} ${f.target.value} ${f.unit}` : '';
  const verdict = f.met === undefined ? '' : f.met ? 'MET' : 'MISSED';
  const ratio =
    f.ratio !== undefined && f.floor
      ? `${fmt(f.ratio)}× ${f.floor.label} (${fmt(f.floor.value)} ${f.floor.unit})`
      : '';
  return [
    `[${f.backend}]`.padEnd(11),
    f.label.padEnd(52),
    value.padStart(12),
    target.padEnd(22),
    verdict.padEnd(7),
    ratio,
    f.note ? `— ${f.note}` : '',
  ]
    .filter((s) => s !== '')
    .join('  ');
}
