import { AppError } from '../errors/app-error.ts';
import type { Actor, Membership, Role } from './actor.ts';

/**
 * What is being acted on: always the organisation (tenants are sealed), and where it matters the
 * unit (a manager acts on own units only) and the person (own evaluation, never one's own evaluator).
 */
export type Subject = {
  orgId: string;
  unitId?: string | null;
  personId?: string | null;
  evaluatorPersonId?: string | null;
};

type Rule = (m: Membership, s: Subject) => boolean;

const has = (m: Membership, ...roles: Role[]) => roles.some((r) => m.roles.includes(r));
const ownUnit = (m: Membership, s: Subject) => !!s.unitId && m.unitIds.includes(s.unitId);

/** The whole authorisation matrix: one verb, one rule. Keep in step with PRODUCT.md "Roles". */
const rules = {
  'org.read': () => true,
  'org.manage': (m) => has(m, 'admin'),
  'users.read': (m) => has(m, 'admin', 'secretary'),
  'users.manage': (m) => has(m, 'admin'),
  'people.manage': (m) => has(m, 'admin', 'secretary'),
  'rules.read': () => true,
  'rules.manage': (m) => has(m, 'admin', 'secretary'),
  'plan.read': () => true,
  'plan.create': (m) => has(m, 'secretary'),
  'plan.edit': (m) => has(m, 'secretary'),
  'plan.adopt': (m) => has(m, 'secretary'),
  'plan.publish': (m) => has(m, 'secretary'),
  'objective.edit': (m, s) => has(m, 'secretary') || (has(m, 'manager') && ownUnit(m, s)),
  'indicator.measure': (m, s) => has(m, 'secretary') || (has(m, 'manager') && ownUnit(m, s)),
  'measurement.validate': (m) => has(m, 'evaluator'),
  'change-request.file': (m, s) => has(m, 'secretary') || (has(m, 'manager') && ownUnit(m, s)),
  'change-request.decide': (m) => has(m, 'evaluator'),
  'amendment.create': (m) => has(m, 'secretary'),
  'report.edit': (m) => has(m, 'secretary'),
  'report.validate': (m) => has(m, 'evaluator'),
  'evaluation.open': (m) => has(m, 'secretary'),
  'evaluation.read': (m, s) =>
    has(m, 'admin', 'secretary') ||
    (!!m.personId && (m.personId === s.personId || m.personId === s.evaluatorPersonId)) ||
    // The Nucleo evaluates managers: their sheets carry no evaluator person.
    (has(m, 'evaluator') && s.evaluatorPersonId === null),
  // Never oneself (D.Lgs. 150/2009 art. 9): the manager for own staff, the Nucleo for managers.
  'evaluation.score': (m, s) =>
    m.personId !== s.personId &&
    ((!!m.personId && m.personId === s.evaluatorPersonId) ||
      (has(m, 'evaluator') && s.evaluatorPersonId === null)),
  'evaluation.respond': (m, s) => !!m.personId && m.personId === s.personId,
  // Conciliation (art. 7): the Nucleo, or the Segretario for staff, never the person or their evaluator.
  'evaluation.review': (m, s) =>
    m.personId !== s.personId &&
    (s.evaluatorPersonId === null || m.personId !== s.evaluatorPersonId) &&
    (has(m, 'evaluator') || (has(m, 'secretary') && s.evaluatorPersonId !== null)),
  'bonus.distribute': (m) => has(m, 'secretary', 'admin'),
  'audit.read': (m) => has(m, 'admin', 'secretary'),
} satisfies Record<string, Rule>;

export type Verb = keyof typeof rules;

/** The instance administrator acts everywhere with every role, for set-up and support. */
function membershipOf(actor: Actor, orgId: string): Membership | undefined {
  const m = actor.memberships.get(orgId);
  if (!actor.isInstanceAdmin) return m;
  return {
    orgId,
    roles: ['admin', 'secretary', 'manager', 'evaluator', 'viewer'],
    unitIds: [],
    personId: m?.personId ?? null,
  };
}

export function can(actor: Actor | null, verb: Verb, subject: Subject): boolean {
  if (!actor) return false;
  const m = membershipOf(actor, subject.orgId);
  if (!m) return false;
  const rule: Rule = rules[verb];
  // The instance admin is a manager of every unit.
  const effective = actor.isInstanceAdmin && subject.unitId ? { ...m, unitIds: [subject.unitId] } : m;
  return rule(effective, subject);
}

/**
 * The one authorisation call. 401 without a session; 404 for another organisation (its ids are
 * not confirmed to exist); 403 inside one's organisation without the role.
 */
export function authorize(actor: Actor | null, verb: Verb, subject: Subject): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Login required');
  if (!actor.isInstanceAdmin && !actor.memberships.has(subject.orgId))
    throw new AppError('not_found', 'Not found');
  if (!can(actor, verb, subject)) throw new AppError('forbidden', `Not allowed: ${verb}`);
  return actor;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Login required');
  return actor;
}

/** Creating organisations is for the instance administrator alone. */
export function authorizeInstanceAdmin(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!a.isInstanceAdmin) throw new AppError('forbidden', 'Only the instance administrator may do this');
  return a;
}
