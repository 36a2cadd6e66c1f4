/** Why a formula was refused or could not be evaluated; `code` lets the web show it in Italian. */
export type FormulaErrorCode =
  | 'empty'
  | 'too_long'
  | 'syntax'
  | 'not_allowed'
  | 'comparison_outside_if'
  | 'wrong_arguments'
  | 'missing_variable'
  | 'invalid_variable'
  | 'division_by_zero'
  | 'not_finite';

export class FormulaError extends Error {
  constructor(
    readonly code: FormulaErrorCode,
    message: string,
    /** The variable or sub-expression concerned, when there is one. */
    readonly subject?: string,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}
