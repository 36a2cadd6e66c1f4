export const changeRequestsPath = (planId: string) => `/plans/${planId}/change-requests`;
export const newChangeRequestPath = (planId: string) => `/plans/${planId}/change-requests/new`;
export const changeRequestPath = (planId: string, id: string) => `/plans/${planId}/change-requests/${id}`;
export const versionsPath = (planId: string) => `/plans/${planId}/versions`;
export const diffPath = (planId: string, from: number, to: number) =>
  `/plans/${planId}/diff?from=${from}&to=${to}`;
