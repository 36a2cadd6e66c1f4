import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject, useMatches, useSearchParams } from 'react-router';
import { useMe } from '../auth/auth.api.ts';
import { useOrg } from '../orgs/orgs.api.ts';
import { PLAN_PAGE_PATH } from '../plans/plan-links.ts';
import { planOutlineQuery, planQuery, usePlanOutline, versionFromSearch } from '../plans/plans.api.ts';

/** An organisation's name: from the user's memberships, else (instance administrator) from the API. */
export function useOrgName(orgId: string | undefined): string | undefined {
  const me = useMe();
  const membership = me.data?.organizations.find((o) => o.id === orgId);
  const org = useOrg(membership || !me.data ? undefined : orgId);
  return membership?.name ?? org.data?.name;
}

/**
 * The organisation the current page belongs to, for the header: taken from `:orgId`, or from the
 * outline of the plan of `:planId` (the plan page lists that outline, so the query is shared; other
 * plan pages add its few hundred KB at most to the whole plan they load).
 */
export function useCurrentOrg(): { id: string; name: string } | null {
  const matches = useMatches();
  const params = matches[matches.length - 1]?.params ?? {};
  const [search] = useSearchParams();
  const plan = usePlanOutline(params.orgId ? undefined : params.planId, versionFromSearch(search));
  const orgId = params.orgId ?? plan.data?.orgId;
  const name = useOrgName(orgId);
  return orgId && name ? { id: orgId, name } : null;
}

/**
 * Asks for the plan of the address being opened before React first renders: its outline, which the
 * header needs (useCurrentOrg) and the plan page lists, and on the plan's other pages the whole plan
 * they read. Waiting for that render put a large plan behind the app's start-up (issue 8). Same
 * queries, so the page gets these answers.
 */
export function prefetchCurrentPlan(client: QueryClient, routes: RouteObject[], location: Location): void {
  const match = matchRoutes(routes, location.pathname)?.at(-1);
  const params = match?.params ?? {};
  if (params.orgId || !params.planId) return;
  const version = versionFromSearch(new URLSearchParams(location.search));
  void client.prefetchQuery(planOutlineQuery(params.planId, version));
  if (match?.route.path !== PLAN_PAGE_PATH) void client.prefetchQuery(planQuery(params.planId, version));
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
