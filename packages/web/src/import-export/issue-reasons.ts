import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import type { importExportTexts } from './i18n.ts';

export type ReasonKey = keyof (typeof importExportTexts)['it']['reasons'];
export type Reason = { key: ReasonKey; values: Record<string, string> };

const number = (text: string | undefined) => {
  const value = Number(text);
  return Number.isFinite(value) ? formatNumber(value) : (text ?? '');
};

const MISSING: Record<string, ReasonKey> = {
  'objective code': 'missingObjectiveCode',
  'objective title': 'missingObjectiveTitle',
  'indicator code': 'missingIndicatorCode',
  'indicator title': 'missingIndicatorTitle',
};

type Rule = [RegExp, (m: RegExpExecArray) => Reason | null];
const reason = (key: ReasonKey, values: Record<string, string> = {}): Reason => ({ key, values });

// The API words its reasons in English, like the rest of the API (decision 012); the page says them
// in the reader's language. Each rule matches one message the import can give.
const RULES: Rule[] = [
  [/^not a number: "(.*)"$/s, (m) => reason('notNumberValue', { value: m[1] ?? '' })],
  [/^not a number$/, () => reason('notNumber')],
  [
    /^a date where a number is expected: (\d{4}-\d{2}-\d{2})$/,
    (m) => reason('dateForNumber', { date: formatDate(m[1]) }),
  ],
  [
    /^missing (.+)$/,
    (m) => {
      const key = MISSING[m[1] ?? ''];
      return key ? reason(key) : null;
    },
  ],
  [/^must not be negative$/, () => reason('negative')],
  [/^longer than (\d+) characters$/, (m) => reason('tooLong', { max: number(m[1]) })],
  [
    /^objective (.+) is already at row (\d+)$/,
    (m) => reason('objectiveTwice', { code: m[1] ?? '', row: m[2] ?? '' }),
  ],
  [
    /^indicator (.+) is already at row (\d+)$/,
    (m) => reason('indicatorTwice', { code: m[1] ?? '', row: m[2] ?? '' }),
  ],
  [
    /^differs from row (\d+) of objective (.+)$/,
    (m) => reason('differs', { row: m[1] ?? '', code: m[2] ?? '' }),
  ],
  [/^polarity must be .*, not "(.*)"$/s, (m) => reason('polarity', { value: m[1] ?? '' })],
  [/^objective type must be .*, not "(.*)"$/s, (m) => reason('objectiveKind', { value: m[1] ?? '' })],
  [/^column missing from the header$/, () => reason('columnMissing')],
  [/^column appears twice in the header$/, () => reason('columnTwice')],
  [/^no header row found in the first (\d+) rows/, (m) => reason('noHeader', { rows: number(m[1]) })],
  [/more than (\d+) rows/, (m) => reason('tooManyRows', { rows: number(m[1]) })],
  [/^the table has no rows below the header$/, () => reason('noRows')],
  [
    /^indicator weights of objective (.+) add up to (.+), not 100$/,
    (m) => reason('weights', { code: m[1] ?? '', sum: number(m[2]) }),
  ],
  [/^unterminated quotes starting on row (\d+)$/, (m) => reason('unterminatedQuotes', { row: m[1] ?? '' })],
  [/^the file is not a (spreadsheet|text table)/, () => reason('notSpreadsheet')],
  [/damaged|password|unsupported compression|too many parts/, () => reason('damaged')],
  [/^the spreadsheet has no sheets$/, () => reason('noSheets')],
  [/too large|expands/, () => reason('tooBig')],
];

/** The reason behind an API message, to be said in the page's language; null when not recognised. */
export function reasonOf(message: string): Reason | null {
  for (const [pattern, toReason] of RULES) {
    const match = pattern.exec(message);
    if (match) {
      const found = toReason(match);
      if (found) return found;
    }
  }
  return null;
}
