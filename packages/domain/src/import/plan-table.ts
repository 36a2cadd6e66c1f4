import type { OBJECTIVE_KINDS, POLARITIES } from '../plan/plan.schema.ts';
import { type Cell, cellText, nameKey } from './cell.ts';
import {
  COLUMN_KEYS,
  COLUMNS,
  type ColumnKey,
  type HeaderMatch,
  matchHeaders,
  repeatsHeader,
} from './columns.ts';
import { isBinaryFormula, parseDeadline, parseObjectiveKind, parsePolarity } from './field-parsers.ts';
import { IMPORT_LIMITS } from './import-limits.ts';
import { parseItalianNumber } from './italian-number.ts';

export type ImportIssue = { row: number; column: string; message: string };

export type ImportedIndicator = {
  row: number;
  code: string;
  title: string;
  formula: string | null;
  purpose: string | null;
  polarity: (typeof POLARITIES)[number];
  binary: boolean;
  unitOfMeasure: string | null;
  target: number | null;
  targetText: string | null;
  weight: number | null;
  measurementDeadline: string | null;
  deadlineText: string | null;
};

export type ImportedObjective = {
  row: number;
  code: string;
  title: string;
  definition: string | null;
  kind: (typeof OBJECTIVE_KINDS)[number];
  weight: number | null;
  unitName: string | null;
  responsibleName: string | null;
  indicators: ImportedIndicator[];
};

export type ImportedLine = { title: string; objectives: ImportedObjective[] };

export type ImportedChangeRequest = {
  row: number;
  targetType: 'objective' | 'indicator';
  /** The code of the indicator or objective the request is about. */
  targetCode: string;
  objectiveCode: string;
  requestText: string | null;
  reason: string;
  decisionNote: string | null;
};

export type ImportedPlan = { lines: ImportedLine[]; changeRequests: ImportedChangeRequest[] };

export type PlanTableResult =
  | { ok: true; plan: ImportedPlan; warnings: ImportIssue[]; dataRows: number }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

/** Where objectives go when the table has no "Linea strategica" (every objective needs a line). */
export const DEFAULT_LINE_TITLE = 'Obiettivi senza linea strategica';

type OpenObjective = ImportedObjective & { lineTitle: string };

/**
 * Turns the rows of a table in the import layout into a plan: one row per indicator, objective
 * columns on the first row of each objective and blank or repeated after it; the line, the sector
 * and its manager carry forward. Every bad row is reported (row numbers as a spreadsheet shows
 * them), nothing is half-read: either a plan or the list of errors.
 */
export function parsePlanTable(
  rows: readonly (readonly Cell[])[],
  options: { firstRowNumber?: number } = {},
): PlanTableResult {
  const firstRowNumber = options.firstRowNumber ?? 1;
  const header = findHeader(rows, firstRowNumber);
  if ('errors' in header) return { ok: false, errors: header.errors, warnings: [] };
  return new TableReader(header.match).read(rows, header.index + 1, firstRowNumber);
}

function findHeader(
  rows: readonly (readonly Cell[])[],
  firstRowNumber: number,
): { match: HeaderMatch; index: number } | { errors: ImportIssue[] } {
  let best: { match: HeaderMatch; index: number } | null = null;
  const limit = Math.min(rows.length, IMPORT_LIMITS.headerSearchRows);
  for (let i = 0; i < limit; i++) {
    const match = matchHeaders(rows[i] ?? []);
    const found = Object.keys(match.index).length;
    if (found === 0) continue;
    if (match.missing.length === 0 && match.duplicated.length === 0) return { match, index: i };
    if (!best || found > Object.keys(best.match.index).length) best = { match, index: i };
  }
  if (!best) {
    return {
      errors: [
        {
          row: firstRowNumber,
          column: COLUMNS.objectiveCode,
          message: `no header row found in the first ${IMPORT_LIMITS.headerSearchRows} rows (expected columns such as "${COLUMNS.objectiveCode}" and "${COLUMNS.indicatorCode}")`,
        },
      ],
    };
  }
  const row = firstRowNumber + best.index;
  return {
    errors: [
      ...best.match.missing.map((k) => ({
        row,
        column: COLUMNS[k],
        message: 'column missing from the header',
      })),
      ...best.match.duplicated.map((k) => ({
        row,
        column: COLUMNS[k],
        message: 'column appears twice in the header',
      })),
    ],
  };
}

const INDICATOR_COLUMNS: readonly ColumnKey[] = [
  'indicatorCode',
  'indicatorTitle',
  'formula',
  'purpose',
  'polarity',
  'unitOfMeasure',
  'deadline',
  'target',
  'indicatorWeight',
];

class TableReader {
  private readonly errors: ImportIssue[] = [];
  private readonly lines = new Map<string, ImportedLine>();
  private readonly changeRequests: ImportedChangeRequest[] = [];
  private readonly objectiveRows = new Map<string, number>();
  private readonly indicatorRows = new Map<string, number>();
  private current: OpenObjective | null = null;
  private carriedLine: string | null = null;
  private carriedUnit: string | null = null;
  private carriedResponsible: string | null = null;
  private row: readonly Cell[] = [];
  private rowNumber = 0;

  constructor(private readonly match: HeaderMatch) {}

  read(rows: readonly (readonly Cell[])[], start: number, firstRowNumber: number): PlanTableResult {
    let dataRows = 0;
    for (let i = start; i < rows.length; i++) {
      this.row = rows[i] ?? [];
      this.rowNumber = firstRowNumber + i;
      if (this.isBlankRow() || repeatsHeader(this.row, this.match)) continue;
      dataRows++;
      if (dataRows > IMPORT_LIMITS.rows) {
        this.fail('objectiveCode', `more than ${IMPORT_LIMITS.rows} rows: split the file`);
        break;
      }
      this.readRow();
    }
    if (dataRows === 0 && this.errors.length === 0) {
      this.rowNumber = firstRowNumber + start;
      this.fail('objectiveCode', 'the table has no rows below the header');
    }
    const plan: ImportedPlan = { lines: [...this.lines.values()], changeRequests: this.changeRequests };
    const warnings = weightWarnings(plan);
    return this.errors.length > 0
      ? { ok: false, errors: this.errors, warnings }
      : { ok: true, plan, warnings, dataRows };
  }

  private cell(key: ColumnKey): Cell {
    const i = this.match.index[key];
    return i === undefined ? null : this.row[i];
  }

  private text(key: ColumnKey): string {
    return cellText(this.cell(key));
  }

  private fail(key: ColumnKey, message: string): void {
    this.errors.push({ row: this.rowNumber, column: COLUMNS[key], message });
  }

  private isBlankRow(): boolean {
    return COLUMN_KEYS.every((k) => this.text(k) === '');
  }

  /** The cell's text, or null when blank; longer than `max` is an error. */
  private optionalText(key: ColumnKey, max: number): string | null {
    const text = this.text(key);
    if (text.length > max) this.fail(key, `longer than ${max} characters`);
    return text === '' ? null : text;
  }

  private requiredText(key: ColumnKey, max: number, what: string): string {
    const text = this.optionalText(key, max);
    if (text === null) this.fail(key, `missing ${what}`);
    return text ?? '';
  }

  private number(
    key: ColumnKey,
    options: { nonNegative?: boolean } = {},
  ): { value: number | null; text: string | null } {
    const parsed = parseItalianNumber(this.cell(key));
    if (!parsed.ok) {
      this.fail(key, parsed.message);
      return { value: null, text: null };
    }
    if (options.nonNegative && parsed.value !== null && parsed.value < 0)
      this.fail(key, 'must not be negative');
    return { value: parsed.value, text: parsed.text };
  }

  private readRow(): void {
    const objective = this.readObjective();
    const indicator = this.readIndicator();
    if (objective && indicator) objective.indicators.push(indicator);
    this.readChangeRequest(objective, indicator);
  }

  /** The objective this row belongs to: a new one, or the one above (null when it cannot tell). */
  private readObjective(): OpenObjective | null {
    const code = this.text('objectiveCode');
    const title = this.text('objectiveTitle');
    const current = this.current;
    const continues = current !== null && (code === '' || nameKey(code) === nameKey(current.code));
    if (continues && !(code === '' && title !== '' && title !== current.title)) {
      this.checkRepeated(current);
      return current;
    }
    if (code === '') {
      this.fail('objectiveCode', 'missing objective code');
      return null;
    }
    return this.startObjective(code);
  }

  private startObjective(code: string): OpenObjective {
    if (code.length > IMPORT_LIMITS.code)
      this.fail('objectiveCode', `longer than ${IMPORT_LIMITS.code} characters`);
    const seenAt = this.objectiveRows.get(nameKey(code));
    if (seenAt !== undefined) this.fail('objectiveCode', `objective ${code} is already at row ${seenAt}`);
    else this.objectiveRows.set(nameKey(code), this.rowNumber);

    const lineText = this.optionalText('line', IMPORT_LIMITS.shortText);
    if (lineText !== null && nameKey(lineText) !== nameKey(this.carriedLine ?? '')) {
      // A new line starts a new section: its sector and manager are not those of the section above.
      this.carriedLine = lineText;
      this.carriedUnit = null;
      this.carriedResponsible = null;
    }
    const unitText = this.optionalText('unit', IMPORT_LIMITS.shortText);
    const responsibleText = this.optionalText('responsible', IMPORT_LIMITS.shortText);
    // The sector and its manager carry forward together, as the tables leave both blank below.
    if (unitText !== null || responsibleText !== null) {
      this.carriedUnit = unitText;
      this.carriedResponsible = responsibleText;
    }
    const kind = parseObjectiveKind(this.cell('objectiveKind'));
    if (!kind.ok) this.fail('objectiveKind', kind.message);

    const objective: OpenObjective = {
      row: this.rowNumber,
      code,
      title: this.requiredText('objectiveTitle', IMPORT_LIMITS.shortText, 'objective title'),
      definition: this.optionalText('objectiveDefinition', IMPORT_LIMITS.longText),
      kind: kind.ok ? kind.value : 'operational',
      weight: this.number('objectiveWeight', { nonNegative: true }).value,
      unitName: this.carriedUnit,
      responsibleName: this.carriedResponsible,
      lineTitle: this.carriedLine ?? DEFAULT_LINE_TITLE,
      indicators: [],
    };
    this.current = objective;
    const lineKey = nameKey(objective.lineTitle);
    const line = this.lines.get(lineKey) ?? { title: objective.lineTitle, objectives: [] };
    this.lines.set(lineKey, line);
    // The plan holds the objective without the bookkeeping field (same indicators array).
    const { lineTitle: _lineTitle, ...stored } = objective;
    line.objectives.push(stored);
    return objective;
  }

  /** On the rows after the first, objective columns may be repeated but must not change. */
  private checkRepeated(o: OpenObjective): void {
    const differs = (key: ColumnKey, value: string | null) => {
      const text = this.text(key);
      if (text !== '' && nameKey(text) !== nameKey(value ?? ''))
        this.fail(key, `differs from row ${o.row} of objective ${o.code}`);
    };
    differs('line', o.lineTitle);
    differs('unit', o.unitName);
    differs('responsible', o.responsibleName);
    differs('objectiveTitle', o.title);
    differs('objectiveDefinition', o.definition);
    const weight = parseItalianNumber(this.cell('objectiveWeight'));
    if (weight.ok && weight.value !== null && weight.value !== o.weight)
      this.fail('objectiveWeight', `differs from row ${o.row} of objective ${o.code}`);
    else if (!weight.ok) this.fail('objectiveWeight', weight.message);
    if (this.text('objectiveKind') !== '') {
      const kind = parseObjectiveKind(this.cell('objectiveKind'));
      if (!kind.ok) this.fail('objectiveKind', kind.message);
      else if (kind.value !== o.kind)
        this.fail('objectiveKind', `differs from row ${o.row} of objective ${o.code}`);
    }
  }

  private readIndicator(): ImportedIndicator | null {
    if (INDICATOR_COLUMNS.every((k) => this.text(k) === '')) return null;
    const code = this.requiredText('indicatorCode', IMPORT_LIMITS.code, 'indicator code');
    if (code !== '') {
      const seenAt = this.indicatorRows.get(nameKey(code));
      if (seenAt !== undefined) this.fail('indicatorCode', `indicator ${code} is already at row ${seenAt}`);
      else this.indicatorRows.set(nameKey(code), this.rowNumber);
    }
    const polarity = parsePolarity(this.cell('polarity'));
    if (!polarity.ok) this.fail('polarity', polarity.message);
    const formula = this.optionalText('formula', IMPORT_LIMITS.longText);
    const target = this.number('target');
    const deadline = parseDeadline(this.cell('deadline'));
    if ((deadline.text ?? '').length > IMPORT_LIMITS.shortText)
      this.fail('deadline', `longer than ${IMPORT_LIMITS.shortText} characters`);
    return {
      row: this.rowNumber,
      code,
      title: this.requiredText('indicatorTitle', IMPORT_LIMITS.shortText, 'indicator title'),
      formula,
      purpose: this.optionalText('purpose', IMPORT_LIMITS.longText),
      polarity: polarity.ok ? polarity.value : 'positive',
      binary: isBinaryFormula(formula),
      unitOfMeasure: this.optionalText('unitOfMeasure', IMPORT_LIMITS.shortText),
      target: target.value,
      targetText: target.text,
      weight: this.number('indicatorWeight', { nonNegative: true }).value,
      measurementDeadline: deadline.date,
      deadlineText: deadline.text,
    };
  }

  private readChangeRequest(objective: OpenObjective | null, indicator: ImportedIndicator | null): void {
    const requestText = this.optionalText('changeRequest', IMPORT_LIMITS.longText);
    const reason = this.optionalText('changeReason', IMPORT_LIMITS.longText);
    const decisionNote = this.optionalText('decision', IMPORT_LIMITS.longText);
    if (requestText === null && reason === null && decisionNote === null) return;
    if (!objective) return; // the row is already reported without its objective
    const onIndicator =
      indicator !== null &&
      (objective.row !== this.rowNumber || mentionsIndicator(requestText ?? reason ?? '', indicator));
    this.changeRequests.push({
      row: this.rowNumber,
      targetType: onIndicator ? 'indicator' : 'objective',
      targetCode: onIndicator ? indicator.code : objective.code,
      objectiveCode: objective.code,
      requestText,
      // The table may give the request without a reason: the request explains itself then.
      reason: reason ?? requestText ?? '',
      decisionNote,
    });
  }
}

/**
 * A request on an objective's first row is about the objective (its phases, its weight) unless it
 * names that row's indicator: "l'indicatore", "il target", its code or its title.
 */
function mentionsIndicator(text: string, indicator: ImportedIndicator): boolean {
  const key = nameKey(text);
  if (/\b(indicatore|target)\b/.test(key)) return true;
  const code = nameKey(indicator.code).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (code !== '' && new RegExp(`(^|[^\\w])${code}($|[^\\w])`).test(key)) return true;
  return indicator.title !== '' && key.includes(nameKey(indicator.title));
}

/** Indicator weights not adding up to 100 are the plan checker's warning, not an import error. */
function weightWarnings(plan: ImportedPlan): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  for (const o of plan.lines.flatMap((l) => l.objectives)) {
    const weights = o.indicators.map((i) => i.weight).filter((w): w is number => w !== null);
    if (weights.length === 0) continue;
    const sum = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-9)
      warnings.push({
        row: o.row,
        column: COLUMNS.indicatorWeight,
        message: `indicator weights of objective ${o.code} add up to ${sum}, not 100`,
      });
  }
  return warnings;
}
