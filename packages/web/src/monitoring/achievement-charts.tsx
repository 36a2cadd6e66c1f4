import { ArcElement, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar, Doughnut } from 'react-chartjs-2';
import './monitoring.css';

// Only what the two charts use: tree-shaking keeps the rest of Chart.js out of the bundle.
Chart.register(ArcElement, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Browser tests compare pages at once: no animation under automation. */
const animation = typeof navigator !== 'undefined' && navigator.webdriver ? false : undefined;

export const LIGHT_COLOURS = {
  green: '#008055',
  yellow: '#ffbf47',
  red: '#cc334d',
  grey: '#c5c7c9',
} as const;

/**
 * Horizontal bars of achievement (0–100%). The canvas is described in words by `label`; the caller
 * puts the same data in a table right after it.
 */
export function AchievementBars({
  label,
  items,
}: {
  label: string;
  items: { name: string; value: number | null }[];
}) {
  return (
    <div className="chart-box mb-3">
      <Bar
        role="img"
        aria-label={label}
        data={{
          labels: items.map((i) => shorten(i.name)),
          datasets: [
            {
              data: items.map((i) => (i.value === null ? null : Math.round(i.value * 100) / 100)),
              backgroundColor: '#0066cc',
            },
          ],
        }}
        options={{
          indexAxis: 'y',
          animation,
          maintainAspectRatio: false,
          scales: { x: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
          plugins: { legend: { display: false } },
        }}
      />
    </div>
  );
}

export function LightsDoughnut({
  label,
  items,
}: {
  label: string;
  items: { key: keyof typeof LIGHT_COLOURS; name: string; count: number }[];
}) {
  return (
    <div className="chart-box-small mb-3">
      <Doughnut
        role="img"
        aria-label={label}
        data={{
          labels: items.map((i) => i.name),
          datasets: [
            {
              data: items.map((i) => i.count),
              backgroundColor: items.map((i) => LIGHT_COLOURS[i.key]),
              borderColor: '#1a1a1a',
              borderWidth: 1,
            },
          ],
        }}
        options={{ animation, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } }}
      />
    </div>
  );
}

const shorten = (s: string) => (s.length > 48 ? `${s.slice(0, 46)}…` : s);
