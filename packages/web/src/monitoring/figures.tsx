import type { TrafficLight } from '@traguardo/domain/achievement/traffic-light';
import { formatNumber } from '@traguardo/domain/format/italian';
import { useTranslation } from 'react-i18next';
import { TrafficLightBadge } from './traffic-light-badge.tsx';

/** An unrounded achievement shown rounded to two decimals ("80,97%"), or "non rilevato". */
export function Percent({ value }: { value: number | null }) {
  const { t } = useTranslation('monitoring');
  if (value === null) return <span className="text-secondary">{t('figure.none')}</span>;
  return <>{formatNumber(Math.round(value * 100) / 100)}%</>;
}

export function Counted({ measured, total }: { measured: number; total: number }) {
  const { t } = useTranslation('monitoring');
  return <>{t('figure.measured', { measured: formatNumber(measured), total: formatNumber(total) })}</>;
}

/** An objective's achievement, measured indicators and traffic light: three cells of a table row. */
export function AchievementCells({
  row,
  explanation,
}: {
  row: { achievement: number | null; measured: number; total: number; trafficLight: TrafficLight };
  /** The calculation in words, as the achievement's tooltip where the table has no column for it. */
  explanation?: string;
}) {
  return (
    <>
      <td className="text-end text-nowrap" title={explanation}>
        <Percent value={row.achievement} />
      </td>
      <td className="text-nowrap">
        <Counted measured={row.measured} total={row.total} />
      </td>
      <td>
        <TrafficLightBadge light={row.trafficLight} />
      </td>
    </>
  );
}
