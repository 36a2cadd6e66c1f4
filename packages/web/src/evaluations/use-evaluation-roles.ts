import { useMe } from '../auth/auth.api.ts';

/** What the signed-in user may offer on a plan's season (the server decides every request again). */
export function useEvaluationRoles(orgId: string | undefined) {
  const me = useMe();
  const membership = me.data?.organizations.find((o) => o.id === orgId);
  const admin = me.data?.isInstanceAdmin ?? false;
  const has = (role: string) => admin || (membership?.roles.includes(role) ?? false);
  return { canOpen: has('secretary'), canDistribute: has('secretary') || has('admin') };
}
