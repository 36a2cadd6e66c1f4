/** Links inside a plan keep the version being read (`?version=N`). */
const withVersion = (path: string, version: number | undefined) =>
  version === undefined ? path : `${path}?version=${version}`;

export const planPath = (planId: string, version?: number) => withVersion(`/plans/${planId}`, version);

export const linePath = (planId: string, lineId: string, version?: number) =>
  `${planPath(planId, version)}#line-${lineId}`;

export const objectivePath = (planId: string, objectiveId: string, version?: number) =>
  withVersion(`/plans/${planId}/objectives/${objectiveId}`, version);

/** The plan page's route, which reads the plan's outline only (the other plan pages read the whole plan). */
export const PLAN_PAGE_PATH = '/plans/:planId';
