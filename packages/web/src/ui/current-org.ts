import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject, useMatches, useSearchParams } from 'react-router';
import { useMe } from '../auth/auth.api.ts';
import { useOrg } from '../orgs/orgs.api.ts';
import { planQuery, usePlan, versionFromSearch } from '../plans/plans.api.ts';

/** An organisation's name: from the user's memberships, else (instance administrator) from the API. */
export function useOrgName(orgId: string | undefined): string | undefined {
  const me = useMe();
  const membership = me.data?.organizations.find((o) => o.id === orgId);
  const org = useOrg(membership || !me.data ? undefined : orgId);
  return membership?.name ?? org.data?.name;
}

/**
 * The organisation the current page belongs to, for the header: taken from `:orgId`, or from the
 * plan of `:planId` (the page loads that plan anyway, so the query is shared).
 */
export function useCurrentOrg(): { id: string; name: string } | null {
  const matches = useMatches();
  const params = matches[matches.length - 1]?.params ?? {};
  const [search] = useSearchParams();
  const plan = usePlan(params.orgId ? undefined : params.planId, versionFromSearch(search));
  const orgId = params.orgId ?? plan.data?.orgId;
  const name = useOrgName(orgId);
  return orgId && name ? { id: orgId, name } : null;
}

/**
 * Asks for the plan of the address being opened before React first renders: the header needs it
 * (useCurrentOrg) and so does the page, and waiting for that render put a large plan's 1.5 MB
 * behind the app's start-up (issue 8). Same query, so the page gets this answer.
 */
export function prefetchCurrentPlan(client: QueryClient, routes: RouteObject[], location: Location): void {
  const params = matchRoutes(routes, location.pathname)?.at(-1)?.params ?? {};
  if (params.orgId || !params.planId) return;
  void client.prefetchQuery(
    planQuery(params.planId, versionFromSearch(new URLSearchParams(location.search))),
  );
}

/**
 * The user's roles in an organisation. `acts` counts the instance administrator, who may act with
 * every role; `is` does not, for what belongs to a person (own objectives, the Nucleo's inbox).
 */
export function useOrgRoles(orgId: string) {
  const me = useMe();
  const roles = me.data?.organizations.find((o) => o.id === orgId)?.roles ?? [];
  const is = (...wanted: string[]) => wanted.some((r) => roles.includes(r));
  const acts = (...wanted: string[]) => (me.data?.isInstanceAdmin ?? false) || is(...wanted);
  return { is, acts };
}
