export const documentsPath = (planId: string) => `/plans/${planId}/documents`;
export const reportPath = (planId: string) => `/plans/${planId}/report`;

const API = '/api/v1/plans';
const versioned = (url: string, version: number | undefined) =>
  version === undefined ? url : `${url}?version=${version}`;

/** Download addresses of the plan's documents (the API answers them as attachments). */
export const documentUrls = (planId: string, version?: number) => ({
  planPdf: versioned(`${API}/${planId}/export.pdf`, version),
  pegPdf: versioned(`${API}/${planId}/peg.pdf`, version),
  xlsx: versioned(`${API}/${planId}/export.xlsx`, version),
  ods: versioned(`${API}/${planId}/export.ods`, version),
  csv: versioned(`${API}/${planId}/export.csv`, version),
  openDataJson: versioned(`${API}/${planId}/open-data.json`, version),
  openDataCsv: versioned(`${API}/${planId}/open-data.csv`, version),
  reportPdf: `${API}/${planId}/report.pdf`,
  reportXlsx: `${API}/${planId}/report.xlsx`,
});
