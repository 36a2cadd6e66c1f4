export const ROLES = ['admin', 'secretary', 'manager', 'evaluator', 'employee', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Membership = { orgId: string; roles: Role[]; unitIds: string[]; personId: string | null };

/** Who is calling: loaded once per request from the session. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  isInstanceAdmin: boolean;
  memberships: Map<string, Membership>;
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
