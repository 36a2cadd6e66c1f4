import { formatNumber } from '@traguardo/domain/format/italian';
import type { OutlineLine, PlanOutline } from '@traguardo/domain/plan/plan.schema';
import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextBlock } from '../ui/text-block.tsx';
import { type LineMatches, objectiveFilter } from './objective-filter.ts';
import { ObjectivesTable, VirtualObjectivesTable } from './objectives-table.tsx';

/**
 * From this many objectives on, the plan page renders only the rows near the viewport and offers a
 * filter instead of the browser's find-in-page (which cannot see the rows not rendered). Smaller
 * plans (a comune's PEG has tens of objectives) keep every row in the page.
 */
export const LARGE_PLAN_OBJECTIVES = 150;

const countObjectives = (lines: OutlineLine[]) => lines.reduce((n, line) => n + line.objectives.length, 0);

/** Whether the plan page virtualises this plan's tables and offers the filter. */
export const isLargePlan = (plan: Pick<PlanOutline, 'strategicLines'>) =>
  countObjectives(plan.strategicLines) >= LARGE_PLAN_OBJECTIVES;

type LinesProps = { plan: PlanOutline; version: number | undefined };

/** The plan's strategic lines, each with its objectives, and an index of the lines. */
export function PlanLines({ plan, version }: LinesProps) {
  const { t } = useTranslation('plans');
  const lines = plan.strategicLines;
  if (!isLargePlan(plan))
    return (
      <>
        {lines.length > 1 && (
          <LinesIndex matches={lines.map((line) => ({ line, objectives: line.objectives }))} lines={lines} />
        )}
        {lines.map((line) => (
          <LineSection key={line.id} line={line}>
            <ObjectivesTable
              planId={plan.id}
              caption={t('plan.lineObjectives', { title: line.title })}
              objectives={line.objectives}
              version={version}
            />
          </LineSection>
        ))}
      </>
    );
  return <LargePlanLines plan={plan} version={version} />;
}

function LargePlanLines({ plan, version }: LinesProps) {
  const { t } = useTranslation('plans');
  const lines = plan.strategicLines;
  const total = countObjectives(lines);
  const [query, setQuery] = useState('');
  // The box follows every keystroke; the tables catch up as soon as React has a moment.
  const shownQuery = useDeferredValue(query);
  const filter = useMemo(() => objectiveFilter(lines), [lines]);
  const matches = useMemo(() => filter(shownQuery), [filter, shownQuery]);
  const shown = matches.reduce((n, match) => n + match.objectives.length, 0);
  const filtering = shownQuery.trim() !== '';
  const { container, layoutVersion } = useLayoutVersion();
  return (
    <>
      <div role="search" className="objective-filter col-lg-8 mb-4">
        <div className="form-group mb-2">
          <label htmlFor="objective-filter" className="active">
            {t('filter.label')}
          </label>
          <input
            id="objective-filter"
            type="search"
            className="form-control"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="objective-filter-hint objective-filter-count"
            autoComplete="off"
          />
          <small id="objective-filter-hint" className="form-text">
            {t('filter.hint')}
          </small>
        </div>
        <p id="objective-filter-count" role="status" className="small text-secondary mb-0">
          {filtering
            ? t('filter.shown', { count: shown, shown: formatNumber(shown), total: formatNumber(total) })
            : t('filter.all', {
                count: total,
                total: formatNumber(total),
                lines: formatNumber(lines.length),
              })}
        </p>
      </div>
      {matches.length === 0 ? (
        <p>{t('filter.none', { query: shownQuery.trim() })}</p>
      ) : (
        <>
          {lines.length > 1 && <LinesIndex matches={matches} lines={lines} />}
          <div ref={container}>
            {matches.map(({ line, objectives }) => (
              <LineSection key={line.id} line={line}>
                <VirtualObjectivesTable
                  planId={plan.id}
                  caption={t('plan.lineObjectives', { title: line.title })}
                  objectives={objectives}
                  version={version}
                  layoutVersion={layoutVersion}
                />
              </LineSection>
            ))}
          </div>
        </>
      )}
    </>
  );
}

/**
 * Counts the size changes of the element `container` is given to. Each virtualised table sits at
 * a place that moves when rows above it are measured or filtered away; a new count tells the
 * tables to read their place again.
 */
function useLayoutVersion() {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [layoutVersion, setLayoutVersion] = useState(0);
  const frame = useRef(0);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setLayoutVersion((n) => n + 1));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [element]);
  return { container: setElement, layoutVersion };
}

/** The lines' index; while a filter hides some lines, the others keep their number in the plan. */
function LinesIndex({ matches, lines }: { matches: LineMatches[]; lines: OutlineLine[] }) {
  const { t } = useTranslation('plans');
  return (
    <nav aria-label={t('plan.linesNav')} className="mb-4">
      <ol className="lines-index">
        {matches.map(({ line, objectives }) => (
          <li key={line.id} value={lines.indexOf(line) + 1}>
            <a href={`#line-${line.id}`} lang="it">
              {line.title}
            </a>{' '}
            <span className="text-secondary small">
              ({t('plan.objectivesCount', { count: objectives.length })})
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function LineSection({ line, children }: { line: OutlineLine; children: ReactNode }) {
  const { t } = useTranslation('plans');
  const headingId = `line-${line.id}-title`;
  return (
    <section id={`line-${line.id}`} aria-labelledby={headingId} className="strategic-line mb-5" tabIndex={-1}>
      <h3 id={headingId} className="h4 border-start border-primary border-4 ps-3" lang="it">
        {line.code && <span className="me-2 text-secondary">{line.code}</span>}
        {line.title}
      </h3>
      {line.description && <TextBlock text={line.description} headingLevel={4} />}
      {line.objectives.length === 0 ? <p>{t('plan.noObjectives')}</p> : children}
    </section>
  );
}
