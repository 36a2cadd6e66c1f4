import { checkFormula } from '@traguardo/domain/formula/compile-formula';
import { unprocessable } from '../errors/app-error.ts';

/** A computable formula is refused at save time, so measurements never meet one that cannot run. */
export function assertComputableExpression(expression: string | null | undefined): void {
  if (expression === null || expression === undefined) return;
  const checked = checkFormula(expression);
  if (!checked.ok) {
    throw unprocessable('The computable formula does not compile', [
      { field: 'expression', message: checked.error.message },
    ]);
  }
}
