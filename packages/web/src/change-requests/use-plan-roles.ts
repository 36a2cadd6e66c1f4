import { useMe } from '../auth/auth.api.ts';

/** What the signed-in user may do on a plan's requests (the server decides; the page only offers). */
export function usePlanRoles(orgId: string | undefined) {
  const me = useMe();
  const membership = me.data?.organizations.find((o) => o.id === orgId);
  const admin = me.data?.isInstanceAdmin ?? false;
  const has = (role: string) => admin || (membership?.roles.includes(role) ?? false);
  return {
    userId: me.data?.id ?? null,
    unitIds: membership?.unitIds ?? [],
    canFile: has('secretary') || has('manager'),
    canFileAnyUnit: has('secretary'),
    canDecide: has('evaluator'),
    canAmend: has('secretary'),
  };
}
