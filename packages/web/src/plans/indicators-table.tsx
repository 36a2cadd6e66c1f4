import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import type { Indicator } from '@traguardo/domain/plan/plan.schema';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** The target as the plan writes it ("Almeno 80%", "91.690"), else the number in Italian form. */
export function targetText(indicator: Pick<Indicator, 'target' | 'targetText'>): string {
  return indicator.targetText?.trim() || formatNumber(indicator.target);
}

/** The measurement deadline as a date (31/12/2020), else as written. */
export function deadlineText(indicator: Pick<Indicator, 'measurementDeadline' | 'deadlineText'>): string {
  return indicator.measurementDeadline
    ? formatDate(indicator.measurementDeadline)
    : (indicator.deadlineText ?? '');
}

export function IndicatorsTable({
  indicators,
  objectiveCode,
}: {
  indicators: Indicator[];
  objectiveCode: string;
}) {
  const { t } = useTranslation('plans');
  if (indicators.length === 0) return <p>{t('indicators.empty')}</p>;
  return (
    <Table responsive bordered className="indicators-table">
      <caption>{t('indicators.caption', { code: objectiveCode })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.code')}</th>
          <th scope="col">{t('indicators.indicator')}</th>
          <th scope="col">{t('indicators.formula')}</th>
          <th scope="col">{t('indicators.purpose')}</th>
          <th scope="col">{t('indicators.polarity')}</th>
          <th scope="col" className="text-end">
            {t('indicators.target')}
          </th>
          <th scope="col" className="text-end">
            {t('indicators.weight')}
          </th>
          <th scope="col">{t('indicators.deadline')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr key={indicator.id} data-indicator={indicator.code}>
            <td className="text-nowrap">{indicator.code}</td>
            <th scope="row" className="fw-normal" lang="it">
              {indicator.title}
              {indicator.unitOfMeasure && (
                <span className="d-block small text-secondary">
                  {t('indicators.unitOfMeasure')}: {indicator.unitOfMeasure}
                </span>
              )}
            </th>
            <td lang={indicator.formula ? 'it' : undefined}>
              {indicator.formula ?? (indicator.binary ? t('indicators.binary') : '')}
            </td>
            <td lang="it">{indicator.purpose ?? ''}</td>
            <td>
              {t(`polarity.${indicator.polarity}`)}
              <span className="d-block small text-secondary">{t(`polarityHint.${indicator.polarity}`)}</span>
            </td>
            <td className="text-end" lang="it">
              {targetText(indicator)}
            </td>
            <td className="text-end">{formatNumber(indicator.weight)}</td>
            <td className="text-nowrap">{deadlineText(indicator)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
