export const dashboardPath = (planId: string) => `/plans/${planId}/dashboard`;
export const indicatorPath = (planId: string, indicatorId: string) =>
  `/plans/${planId}/indicators/${indicatorId}`;
export const myObjectivesPath = (orgId: string) => `/orgs/${orgId}/my-objectives`;
export const objectivePath = (planId: string, objectiveId: string) =>
  `/plans/${planId}/objectives/${objectiveId}`;
