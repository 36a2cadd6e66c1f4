import { type TrafficLight, trafficLight } from '@traguardo/domain/achievement/traffic-light';
import { useTranslation } from 'react-i18next';
import './monitoring.css';

/** The colour dot with its word ("In linea"): the meaning never rests on colour alone (WCAG 1.4.1). */
export function TrafficLightBadge({ light }: { light: TrafficLight }) {
  const { t } = useTranslation('monitoring');
  return <span className={`traffic-light traffic-light-${light}`}>{t(`light.${light}`)}</span>;
}

export function TrafficLightOf({ achievement }: { achievement: number | null }) {
  return <TrafficLightBadge light={trafficLight(achievement)} />;
}
