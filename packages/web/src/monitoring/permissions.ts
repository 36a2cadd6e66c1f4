import type { Me } from '../auth/auth.api.ts';

/**
 * What the page offers; the server decides (authorize 'indicator.measure' / 'measurement.validate').
 * Kept in step with packages/server/src/auth/authorize.ts.
 */
export function canMeasure(me: Me | null | undefined, orgId: string, unitId: string | null): boolean {
  if (!me) return false;
  if (me.isInstanceAdmin) return true;
  const m = me.organizations.find((o) => o.id === orgId);
  if (!m) return false;
  return (
    m.roles.includes('secretary') || (m.roles.includes('manager') && !!unitId && m.unitIds.includes(unitId))
  );
}

export function canValidate(me: Me | null | undefined, orgId: string): boolean {
  if (!me) return false;
  if (me.isInstanceAdmin) return true;
  return me.organizations.find((o) => o.id === orgId)?.roles.includes('evaluator') ?? false;
}
