/**
 * Semaforo per obiettivo (docs/decisions: achievement and monitoring): green from 80%, yellow from
 * 50%, red below, grey when nothing is measured yet. The label goes beside the colour, never the
 * colour alone.
 */
export const TRAFFIC_LIGHTS = ['green', 'yellow', 'red', 'grey'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

export const TRAFFIC_LIGHT_THRESHOLDS = { green: 80, yellow: 50 } as const;

export const TRAFFIC_LIGHT_LABELS: Record<TrafficLight, string> = {
  green: 'In linea',
  yellow: 'Da seguire',
  red: 'Critico',
  grey: 'Non rilevato',
};

export function trafficLight(achievement: number | null): TrafficLight {
  if (achievement === null) return 'grey';
  if (achievement >= TRAFFIC_LIGHT_THRESHOLDS.green) return 'green';
  if (achievement >= TRAFFIC_LIGHT_THRESHOLDS.yellow) return 'yellow';
  return 'red';
}
