import { formatNumber } from '@traguardo/domain/format/italian';
import { neutralizeFormula } from '@traguardo/domain/import/cell';
import { Button, Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonOf } from './issue-reasons.ts';

export type TableIssue = { row?: number; column?: string; message: string };

/** A few thousand rows render at once; beyond, the rest waits for a click (a 50,000-row file could all be wrong). */
const FIRST_ROWS = 1000;

/** An API message in the reader's words, and whether it had to stay in the API's English. */
export function useReasonText(): (message: string) => { text: string; untranslated: boolean } {
  const { t, i18n } = useTranslation('importExport');
  return (message) => {
    const reason = reasonOf(message);
    if (reason) return { text: t(`reasons.${reason.key}`, { replace: reason.values }), untranslated: false };
    return { text: message, untranslated: i18n.language !== 'en' };
  };
}

/** Riga / Colonna / Motivo: one line per problem, in the order of the sheet. */
export function IssuesTable({
  issues,
  caption,
  id,
  downloadable = false,
}: {
  issues: TableIssue[];
  caption: string;
  id: string;
  downloadable?: boolean;
}) {
  const { t } = useTranslation('importExport');
  const reasonText = useReasonText();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? issues : issues.slice(0, FIRST_ROWS);

  const download = () => {
    const lines = [[t('failure.row'), t('failure.column'), t('failure.reason')]].concat(
      issues.map((i) => [
        i.row === undefined ? '' : String(i.row),
        i.column ?? '',
        reasonText(i.message).text,
      ]),
    );
    const blob = new Blob([`\uFEFF${lines.map((l) => l.map(csvCell).join(';')).join('\r\n')}\r\n`], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = t('failure.downloadName');
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <Table responsive size="sm" id={id} className="caption-top">
        <caption className="fw-semibold text-body">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-end">
              {t('failure.row')}
            </th>
            <th scope="col">{t('failure.column')}</th>
            <th scope="col">{t('failure.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, n) => {
            const reason = reasonText(issue.message);
            return (
              // Two problems may share row and column; their position in the answer tells them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is never reordered
              <tr key={n}>
                <th scope="row" className="text-end fw-normal">
                  {issue.row ?? ''}
                </th>
                <td lang="it">{issue.column ? issue.column : t('failure.noColumn')}</td>
                <td lang={reason.untranslated ? 'en' : undefined}>{reason.text}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <div className="d-flex flex-wrap gap-2">
        {shown.length < issues.length && (
          <Button color="primary" outline size="sm" onClick={() => setShowAll(true)}>
            {t('failure.showAll', { n: formatNumber(issues.length) })}
          </Button>
        )}
        {downloadable && (
          <Button color="primary" outline size="sm" onClick={download}>
            {t('failure.download')}
          </Button>
        )}
      </div>
    </>
  );
}

/** Semicolon CSV as Excel in Italian opens it; a cell that a spreadsheet would run as a formula gets a '. */
function csvCell(text: string): string {
  const safe = neutralizeFormula(text);
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
