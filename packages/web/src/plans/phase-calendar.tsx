import { monthInitials, monthNames } from '@traguardo/domain/format/italian';
import type { Phase } from '@traguardo/domain/plan/plan.schema';
import { useTranslation } from 'react-i18next';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * The activity calendar as the comuni draw it (G F M A M G L A S O N D): one row per phase, a marked
 * cell for each planned month. The month headers carry the full name and each marked cell says
 * "previsto", so a screen reader reads "maggio, previsto" rather than a coloured box.
 */
export function PhaseCalendar({ phases, objectiveCode }: { phases: Phase[]; objectiveCode: string }) {
  const { t, i18n } = useTranslation('plans');
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'it-IT';
  const initials = monthInitials(locale);
  const names = monthNames(locale);
  if (phases.length === 0) return <p>{t('calendar.empty')}</p>;
  return (
    <div className="table-responsive">
      <table className="table table-bordered phase-calendar">
        <caption>{t('calendar.caption', { code: objectiveCode })}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-center">
              {t('calendar.number')}
            </th>
            <th scope="col">{t('calendar.description')}</th>
            <th scope="col">{t('calendar.assignees')}</th>
            {MONTHS.map((month) => (
              <th key={month} scope="col" className="text-center month" abbr={names[month - 1]}>
                <abbr title={names[month - 1]}>{initials[month - 1]}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...phases]
            .sort((a, b) => a.number - b.number)
            .map((phase) => {
              const planned = new Set(phase.months);
              return (
                <tr key={phase.id} data-phase={phase.number}>
                  <td className="text-center">{phase.number}</td>
                  <th scope="row" className="fw-normal" lang="it">
                    {phase.title}
                  </th>
                  <td lang="it">{phase.assignees.join(', ')}</td>
                  {MONTHS.map((month) =>
                    planned.has(month) ? (
                      <td key={month} className="month planned" data-month={month}>
                        <span className="visually-hidden">{t('calendar.planned')}</span>
                      </td>
                    ) : (
                      <td key={month} className="month" data-month={month} />
                    ),
                  )}
                </tr>
              );
            })}
        </tbody>
      </table>
    </div>
  );
}
