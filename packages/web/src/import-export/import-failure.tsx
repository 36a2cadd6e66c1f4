import { formatNumber } from '@traguardo/domain/format/italian';
import { IMPORT_LIMITS } from '@traguardo/domain/import/import-limits';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { formatBytes } from './import-form-values.ts';
import { NetworkError } from './import-plan.api.ts';
import { IssuesTable, useReasonText } from './issues-table.tsx';

/**
 * Why nothing was imported: every bad row of a 422 in a table, or the one reason of a file the server
 * could not read, a file too large, a form it refused, a lost session or connection.
 */
export function ImportFailure({ error, fileName }: { error: unknown; fileName: string }) {
  const { t } = useTranslation('importExport');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const rows = error instanceof ApiError && error.status === 422 ? error.errors : [];

  return (
    <section aria-labelledby="import-failure-title" className="mb-5" data-testid="import-failure">
      <div className="alert alert-danger">
        <h2 id="import-failure-title" className="h4" tabIndex={-1} ref={heading}>
          {t('failure.nothingImported')}
        </h2>
        {rows.length > 0 ? <RowsIntro rows={rows} /> : <FailureReason error={error} />}
      </div>
      {rows.length > 0 && (
        <IssuesTable
          id="import-errors"
          issues={rows}
          caption={t('failure.tableCaption', { file: fileName })}
          downloadable
        />
      )}
    </section>
  );
}

function RowsIntro({ rows }: { rows: { row?: number }[] }) {
  const { t } = useTranslation('importExport');
  const badRows = new Set(rows.map((r) => r.row).filter((r) => r !== undefined)).size;
  return (
    <>
      <p>
        {t('failure.rowsIntro', {
          count: rows.length,
          n: formatNumber(rows.length),
          rows: formatNumber(badRows),
        })}
      </p>
      <p className="mb-0">{t('failure.fixAndRetry')}</p>
    </>
  );
}

function FailureReason({ error }: { error: unknown }) {
  const { t } = useTranslation('importExport');
  const reasonText = useReasonText();
  const max = formatBytes(IMPORT_LIMITS.fileBytes);
  if (error instanceof NetworkError) return <p className="mb-0">{t('failure.network')}</p>;
  if (!(error instanceof ApiError)) return <p className="mb-0">{t('failure.generic')}</p>;
  if (error.status === 413) return <p className="mb-0">{t('failure.tooLarge', { max })}</p>;
  if (error.status === 400) return <p className="mb-0">{t('failure.badRequest')}</p>;
  if (error.status === 403) return <p className="mb-0">{t('failure.forbidden')}</p>;
  if (error.status === 401) return <p className="mb-0">{t('failure.session')}</p>;
  if (error.status === 422) {
    const reason = reasonText(error.detail);
    return (
      <p className="mb-0">
        {t('failure.unreadable')}{' '}
        <span lang={reason.untranslated ? 'en' : undefined}>{capitalise(reason.text)}.</span>
      </p>
    );
  }
  return <p className="mb-0">{t('failure.generic')}</p>;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
