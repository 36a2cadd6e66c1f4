import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from './cell.ts';
import { COLUMNS } from './columns.ts';
import { parseItalianNumber } from './italian-number.ts';
import { parsePlanTable } from './plan-table.ts';

/** How an Italian clerk writes a number: dots between thousands, a decimal comma. */
function writeItalian(integer: number, decimals: string): string {
  const grouped = String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decimals ? `${grouped},${decimals}` : grouped;
}

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '=1+1',
    '+39 0372',
    '-',
    '@SUM(A1)',
    '\t',
    '\r',
    '<script>alert(1)</script>',
    "'; drop table plans; --",
  ),
);

describe('Italian numbers, whatever the input', () => {
  it('reads back every number an Italian clerk writes: 91.690, 1.234,5, 0,1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.stringMatching(/^\d{0,4}$/),
        (integer, decimals) => {
          const parsed = parseItalianNumber(writeItalian(integer, decimals));
          expect(parsed).toEqual({ ok: true, value: Number(`${integer}.${decimals || '0'}`), text: null });
        },
      ),
    );
  });

  it('keeps the text of a qualified target and reads its number: "Almeno 80%"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Almeno', 'Non meno di', '≥', 'Entro'),
        fc.integer({ min: 1, max: 100_000 }),
        (word, n) => {
          const text = `${word} ${writeItalian(n, '')}%`;
          expect(parseItalianNumber(text)).toEqual({ ok: true, value: n, text });
        },
      ),
    );
  });

  it('never throws and never invents a number from arbitrary cells', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const parsed = parseItalianNumber(cell);
        if (parsed.ok && parsed.value !== null) expect(Number.isFinite(parsed.value)).toBe(true);
        if (typeof cell === 'number' && Number.isFinite(cell))
          expect(parsed).toEqual({ ok: true, value: cell, text: null });
      }),
    );
  });
});

const HEADER = [
  COLUMNS.line,
  COLUMNS.objectiveCode,
  COLUMNS.objectiveTitle,
  COLUMNS.indicatorCode,
  COLUMNS.indicatorTitle,
  COLUMNS.target,
  COLUMNS.indicatorWeight,
];

describe('the plan table parser, whatever the rows', () => {
  it('never throws; either a plan or a list of errors, each naming a row after the header and a column', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 9 }), { maxLength: 30 }), (body) => {
        const result = parsePlanTable([HEADER, ...body]);
        if (!result.ok) {
          for (const e of result.errors) {
            expect(e.row).toBeGreaterThanOrEqual(1);
            // An empty table is reported on the row after the header.
            expect(e.row).toBeLessThanOrEqual(Math.max(body.length + 1, 2));
            expect(typeof e.column).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a well-formed table imports every row, whatever the texts (formulas, markup, SQL) in it', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((s) => s.trim().length > 0 && s.trim() === s);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 20 }), (titles) => {
        const rows = titles.map(([objectiveTitle, indicatorTitle], i) => [
          'Linea',
          `OB${i}`,
          objectiveTitle,
          `IND${i}`,
          indicatorTitle,
          '100',
          '100',
        ]);
        const result = parsePlanTable([HEADER, ...rows]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const objectives = result.plan.lines.flatMap((l) => l.objectives);
        expect(objectives).toHaveLength(titles.length);
        expect(objectives.flatMap((o) => o.indicators)).toHaveLength(titles.length);
      }),
      { numRuns: 200 },
    );
  });
});
