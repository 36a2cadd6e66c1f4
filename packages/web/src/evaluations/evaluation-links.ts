export const evaluationsPath = (planId: string) => `/plans/${planId}/evaluations`;
export const evaluationPath = (id: string) => `/evaluations/${id}`;
export const bonusPath = (planId: string) => `/plans/${planId}/bonus`;
export const sheetPdfUrl = (id: string) => `/api/v1/evaluations/${id}/sheet.pdf`;
export const bonusXlsxUrl = (planId: string) => `/api/v1/plans/${planId}/bonus-distribution.xlsx`;
