import { formatNumber } from '@traguardo/domain/format/italian';
import { useTranslation } from 'react-i18next';

/** An unrounded achievement shown rounded to two decimals ("80,97%"), or "non rilevato". */
export function Percent({ value }: { value: number | null }) {
  const { t } = useTranslation('monitoring');
  if (value === null) return <span className="text-secondary">{t('figure.none')}</span>;
  return <>{formatNumber(Math.round(value * 100) / 100)}%</>;
}

export function Counted({ measured, total }: { measured: number; total: number }) {
  const { t } = useTranslation('monitoring');
  return <>{t('figure.measured', { measured, total })}</>;
}
