/**
 * The authorisation matrix: for every route of the OpenAPI document, who may call it. The test
 * walks the document, so a new route without an entry here fails it.
 *
 * allow: the roles of the organisation that may call the route ('manager' means: on items of own
 * units when `unit` is set); 'authenticated' = anyone logged in; 'public' = no login needed;
 * 'instance-admin' = only the instance administrator.
 * on: which plan the route's ids point at: the draft (authoring) or the adopted plan (default).
 */
export type Role = 'admin' | 'secretary' | 'manager' | 'evaluator' | 'employee' | 'viewer';
export const ROLES: Role[] = ['admin', 'secretary', 'manager', 'evaluator', 'employee', 'viewer'];

export type Entry = {
  allow: Role[] | 'authenticated' | 'public' | 'instance-admin';
  unit?: true;
  on?: 'draft' | 'adopted';
  /** No organisation id in the route (own account, instance-wide). */
  global?: true;
  query?: Record<string, string>;
  multipart?: true;
  /** A request body for routes whose schema the generic sampler cannot satisfy. */
  body?: unknown;
};

const ALL: Role[] = [...ROLES];
const SECRETARY: Role[] = ['secretary'];

export const MATRIX: Record<string, Entry> = {
  'GET /api/v1/status': { allow: 'public', global: true },
  'POST /api/v1/auth/login': { allow: 'public', global: true },
  // Logging out without a session is harmless and answers 204 (idempotent).
  'POST /api/v1/auth/logout': { allow: 'public', global: true },
  'POST /api/v1/me/password': { allow: 'authenticated', global: true },
  'GET /api/v1/me': { allow: 'authenticated', global: true },
  'GET /api/v1/me/tasks': { allow: ALL, query: { orgId: '{orgId}' } },
  'GET /api/v1/me/tasks.xlsx': { allow: ALL, query: { orgId: '{orgId}' } },
  'GET /api/v1/orgs': { allow: 'authenticated', global: true },
  'POST /api/v1/orgs': { allow: 'instance-admin', global: true },
  'GET /api/v1/orgs/{orgId}': { allow: ALL },
  'GET /api/v1/orgs/{orgId}/users': { allow: ['admin', 'secretary'] },
  'POST /api/v1/orgs/{orgId}/users': {
    allow: ['admin'],
    body: {
      email: 'nuovo@example.it',
      name: 'Nuovo Utente',
      password: 'una-password-lunga',
      roles: ['viewer'],
    },
  },
  'GET /api/v1/orgs/{orgId}/units': { allow: ALL },
  'POST /api/v1/orgs/{orgId}/units': { allow: ['admin', 'secretary'] },
  'PATCH /api/v1/orgs/{orgId}/units/{unitId}': { allow: ['admin', 'secretary'] },
  'DELETE /api/v1/orgs/{orgId}/units/{unitId}': { allow: ['admin', 'secretary'] },
  'GET /api/v1/orgs/{orgId}/people': { allow: ALL },
  'POST /api/v1/orgs/{orgId}/people': { allow: ['admin', 'secretary'] },
  'PATCH /api/v1/orgs/{orgId}/people/{personId}': { allow: ['admin', 'secretary'] },
  'DELETE /api/v1/orgs/{orgId}/people/{personId}': { allow: ['admin', 'secretary'] },
  'POST /api/v1/orgs/{orgId}/people/import': { allow: ['admin', 'secretary'], multipart: true },
  'GET /api/v1/orgs/{orgId}/audit': { allow: ['admin', 'secretary'] },
  'GET /api/v1/orgs/{orgId}/evaluation-rules': { allow: ALL },
  'PUT /api/v1/orgs/{orgId}/evaluation-rules': { allow: ['admin', 'secretary'] },
  'GET /api/v1/orgs/{orgId}/plans': { allow: ALL },
  'POST /api/v1/orgs/{orgId}/plans': { allow: SECRETARY },
  'POST /api/v1/orgs/{orgId}/plans/import': { allow: SECRETARY, multipart: true },

  'GET /api/v1/plans/{planId}': { allow: ALL },
  'GET /api/v1/plans/{planId}/outline': { allow: ALL },
  'PATCH /api/v1/plans/{planId}': { allow: SECRETARY, on: 'draft' },
  'POST /api/v1/plans/{planId}/strategic-lines': { allow: SECRETARY, on: 'draft' },
  'GET /api/v1/strategic-lines/{lineId}': { allow: ALL, on: 'draft' },
  'PATCH /api/v1/strategic-lines/{lineId}': { allow: SECRETARY, on: 'draft' },
  'DELETE /api/v1/strategic-lines/{lineId}': { allow: SECRETARY, on: 'draft' },
  'POST /api/v1/plans/{planId}/objectives': { allow: SECRETARY, on: 'draft' },
  'PATCH /api/v1/objectives/{objectiveId}': { allow: ['secretary', 'manager'], unit: true, on: 'draft' },
  'DELETE /api/v1/objectives/{objectiveId}': { allow: ['secretary', 'manager'], unit: true, on: 'draft' },
  'POST /api/v1/objectives/{objectiveId}/indicators': {
    allow: ['secretary', 'manager'],
    unit: true,
    on: 'draft',
  },
  'PATCH /api/v1/indicators/{indicatorId}': { allow: ['secretary', 'manager'], unit: true, on: 'draft' },
  'DELETE /api/v1/indicators/{indicatorId}': { allow: ['secretary', 'manager'], unit: true, on: 'draft' },
  'POST /api/v1/objectives/{objectiveId}/phases': {
    allow: ['secretary', 'manager'],
    unit: true,
    on: 'draft',
  },
  'PATCH /api/v1/phases/{phaseId}': { allow: ['secretary', 'manager'], unit: true, on: 'draft' },
  'DELETE /api/v1/phases/{phaseId}': { allow: ['secretary', 'manager'], unit: true, on: 'draft' },
  'GET /api/v1/plans/{planId}/check': { allow: ALL, on: 'draft' },
  'POST /api/v1/plans/{planId}/adopt': { allow: SECRETARY, on: 'draft' },

  'GET /api/v1/plans/{planId}/export.pdf': { allow: ALL },
  'GET /api/v1/plans/{planId}/peg.pdf': { allow: ALL },
  'GET /api/v1/plans/{planId}/open-data.json': { allow: ALL },
  'GET /api/v1/plans/{planId}/open-data.csv': { allow: ALL },
  'GET /api/v1/plans/{planId}/export.xlsx': { allow: ALL },
  'GET /api/v1/plans/{planId}/export.ods': { allow: ALL },
  'GET /api/v1/plans/{planId}/export.csv': { allow: ALL },
  'GET /api/v1/plans/{planId}/report': { allow: ALL },
  'PUT /api/v1/plans/{planId}/report': { allow: SECRETARY },
  'POST /api/v1/plans/{planId}/report/validation': { allow: ['evaluator'] },
  'GET /api/v1/plans/{planId}/report.pdf': { allow: ALL },
  'GET /api/v1/plans/{planId}/report.xlsx': { allow: ALL },
  'POST /api/v1/plans/{planId}/publish': { allow: SECRETARY },
  'DELETE /api/v1/plans/{planId}/publish': { allow: SECRETARY },
  'GET /api/v1/plans/{planId}/publication': { allow: ALL },

  'POST /api/v1/plans/{planId}/change-requests': { allow: ['secretary', 'manager'], unit: true },
  'GET /api/v1/plans/{planId}/change-requests': { allow: ALL },
  'GET /api/v1/change-requests/{id}': { allow: ALL },
  'POST /api/v1/change-requests/{id}/decision': { allow: ['evaluator'] },
  'POST /api/v1/plans/{planId}/amendments': { allow: SECRETARY },
  'GET /api/v1/plans/{planId}/amendments/{amendmentId}/document.pdf': { allow: ALL },
  'GET /api/v1/plans/{planId}/amendments/{amendmentId}/document.xlsx': { allow: ALL },
  'GET /api/v1/plans/{planId}/versions': { allow: ALL },
  'GET /api/v1/plans/{planId}/diff': { allow: ALL, query: { from: '0', to: '1' } },

  'POST /api/v1/indicators/{indicatorId}/measurements': { allow: ['secretary', 'manager'], unit: true },
  'GET /api/v1/indicators/{indicatorId}/measurements': { allow: ALL },
  'POST /api/v1/measurements/{measurementId}/validation': { allow: ['evaluator'] },
  'POST /api/v1/measurements/{measurementId}/evidence': { allow: ['secretary', 'manager'], multipart: true },
  'GET /api/v1/measurements/{measurementId}/evidence/{evidenceId}': { allow: ALL },
  'GET /api/v1/plans/{planId}/achievement': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard/objectives': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard/overdue': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard/unmeasured': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard/phases-behind': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard/awaiting-validation': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard/people': { allow: ALL },
  'GET /api/v1/plans/{planId}/dashboard.xlsx': { allow: ALL },

  // The sheet is the employee's, evaluated by the manager of their unit (GDPR: nobody else but admin and secretary).
  'POST /api/v1/plans/{planId}/evaluations': { allow: SECRETARY },
  'GET /api/v1/plans/{planId}/evaluations': { allow: ALL },
  'GET /api/v1/evaluations/{id}': { allow: ['admin', 'secretary', 'manager', 'employee'] },
  'GET /api/v1/evaluations/{id}/sheet.pdf': { allow: ['admin', 'secretary', 'manager', 'employee'] },
  'PUT /api/v1/evaluations/{id}': { allow: ['manager'] },
  'PUT /api/v1/evaluations/{id}/self-assessment': { allow: ['employee'] },
  'POST /api/v1/evaluations/{id}/deliver': { allow: ['manager'] },
  'POST /api/v1/evaluations/{id}/acknowledge': { allow: ['employee'] },
  'POST /api/v1/evaluations/{id}/contest': { allow: ['employee'] },
  'POST /api/v1/evaluations/{id}/review': { allow: ['evaluator', 'secretary'] },
  'POST /api/v1/evaluations/{id}/finalize': { allow: ['manager', 'evaluator', 'secretary'] },
  'POST /api/v1/plans/{planId}/bonus-distribution': { allow: ['admin', 'secretary'] },
  'GET /api/v1/plans/{planId}/bonus-distribution': { allow: ['admin', 'secretary'] },
  'POST /api/v1/plans/{planId}/bonus-distribution/{id}/paid': { allow: ['admin', 'secretary'] },
  'GET /api/v1/plans/{planId}/bonus-distribution.xlsx': { allow: ['admin', 'secretary'] },
};
