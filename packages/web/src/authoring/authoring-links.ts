/** Addresses of the authoring pages. An objective "new" is created on the line given in `?line=`. */
export const editPlanPath = (planId: string) => `/plans/${planId}/edit`;
export const editLinePath = (planId: string, lineId: string) => `/plans/${planId}/edit#line-${lineId}`;
export const editObjectivePath = (planId: string, objectiveId: string) =>
  `/plans/${planId}/edit/objectives/${objectiveId}`;
export const newObjectivePath = (planId: string, lineId: string) =>
  `/plans/${planId}/edit/objectives/new?line=${lineId}`;
export const checkPath = (planId: string) => `/plans/${planId}/check`;
export const adoptPath = (planId: string) => `/plans/${planId}/adopt`;
export const newPlanPath = (orgId: string) => `/orgs/${orgId}/plans/new`;
export const unitsPath = (orgId: string) => `/orgs/${orgId}/units`;
export const peoplePath = (orgId: string) => `/orgs/${orgId}/people`;
