import { formatNumber } from '@traguardo/domain/format/italian';
import { Button, Table } from 'design-react-kit';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkPath } from '../authoring/authoring-links.ts';
import { planPath } from '../plans/plan-links.ts';
import type { ImportResult } from './import-plan.api.ts';
import { IssuesTable } from './issues-table.tsx';

const COUNTS = ['strategicLines', 'objectives', 'indicators', 'units', 'people', 'changeRequests'] as const;

/** What the import created: the counts a clerk compares with the sheet, the warnings, the way on. */
export function ImportSuccess({
  result,
  title,
  onAnother,
}: {
  result: ImportResult;
  title: string;
  onAnother: () => void;
}) {
  const { t } = useTranslation('importExport');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const note = (key: (typeof COUNTS)[number]) => {
    if (key === 'units')
      return result.created.units > 0
        ? t('success.createdUnits', { count: result.created.units })
        : t('success.createdUnitsNone');
    if (key === 'people')
      return result.created.people > 0
        ? t('success.createdPeople', { count: result.created.people })
        : t('success.createdPeopleNone');
    return null;
  };

  return (
    <section aria-labelledby="import-success-title" className="mb-5" data-testid="import-success">
      <div className="alert alert-success">
        <h2 id="import-success-title" className="h4" tabIndex={-1} ref={heading}>
          {t('success.title')}
        </h2>
        <p className="mb-0">{t('success.body', { title })}</p>
      </div>
      <Table responsive size="sm" className="w-auto caption-top">
        <caption>{t('success.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('success.what')}</th>
            <th scope="col" className="text-end">
              {t('success.howMany')}
            </th>
          </tr>
        </thead>
        <tbody>
          {COUNTS.map((key) => {
            const extra = result.counts[key] > 0 ? note(key) : null;
            return (
              <tr key={key} data-count={key}>
                <th scope="row" className="fw-normal">
                  {t(`success.counts.${key}`)}
                </th>
                <td className="text-end text-nowrap">
                  {formatNumber(result.counts[key])}
                  {extra && <span className="d-block small text-secondary">{extra}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {result.warnings.length > 0 && (
        <div className="mb-4">
          <h3 className="h5">{t('success.warningsTitle')}</h3>
          <p>{t('success.warningsIntro')}</p>
          <IssuesTable id="import-warnings" issues={result.warnings} caption={t('success.warningsCaption')} />
        </div>
      )}
      <nav aria-label={t('success.title')} className="d-flex flex-wrap gap-2">
        <Link className="btn btn-primary" to={planPath(result.planId)}>
          {t('success.open')}
        </Link>
        <Link className="btn btn-outline-primary" to={checkPath(result.planId)}>
          {t('success.check')}
        </Link>
        <Button color="primary" outline onClick={onAnother}>
          {t('success.another')}
        </Button>
      </nav>
    </section>
  );
}
