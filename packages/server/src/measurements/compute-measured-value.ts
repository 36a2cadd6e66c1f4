import type { RecordMeasurement } from '@traguardo/domain/achievement/measurement.schema';
import { compileFormula } from '@traguardo/domain/formula/compile-formula';
import { evaluateFormula } from '@traguardo/domain/formula/evaluate-formula';
import { FormulaError } from '@traguardo/domain/formula/formula-error';
import { type ProblemItem, unprocessable } from '../errors/app-error.ts';

const refuse = (errors: ProblemItem[]) => unprocessable(errors.map((e) => e.message).join('; '), errors);

/**
 * The value a measurement records: given directly, or computed from the variables of the
 * indicator's computable formula. Every problem is a 422 naming the field or variable.
 */
export function computeMeasuredValue(
  indicator: { code: string; expression: string | null; binary: boolean },
  input: Pick<RecordMeasurement, 'value' | 'variables'>,
): { value: number; variables: Record<string, number> | null } {
  const { value, variables } = input;
  if ((value === undefined) === (variables === undefined))
    throw refuse([
      { field: 'value', message: 'value: give either the value or the variables of the formula' },
    ]);
  if (variables === undefined) {
    if (!Number.isFinite(value)) throw refuse([{ field: 'value', message: 'value: not a finite number' }]);
    if (indicator.binary && value !== 0 && value !== 1)
      throw refuse([
        { field: 'value', message: `value: indicator ${indicator.code} is 1 = fatto, 0 = non fatto` },
      ]);
    return { value: value ?? 0, variables: null };
  }
  if (!indicator.expression)
    throw refuse([
      {
        field: 'variables',
        message: `variables: indicator ${indicator.code} has no computable formula; give the value`,
      },
    ]);
  try {
    const known = compileFormula(indicator.expression).variables;
    const unknown = Object.keys(variables).filter((k) => !known.includes(k));
    const missing = known.filter((k) => !Object.hasOwn(variables, k));
    if (unknown.length > 0 || missing.length > 0)
      throw refuse([
        ...missing.map((k) => ({
          field: `variables.${k}`,
          message: `variables.${k}: missing (the formula is ${indicator.expression})`,
        })),
        ...unknown.map((k) => ({
          field: `variables.${k}`,
          message: `variables.${k}: not a variable of ${indicator.expression}`,
        })),
      ]);
    return { value: evaluateFormula(indicator.expression, variables), variables: { ...variables } };
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    const field =
      error.subject && Object.hasOwn(variables, error.subject) ? `variables.${error.subject}` : 'variables';
    throw refuse([{ field, message: `${field}: ${error.message}` }]);
  }
}
