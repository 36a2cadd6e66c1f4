import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { formatNumber } from '@traguardo/domain/format/italian';
import type { OutlineObjective } from '@traguardo/domain/plan/plan.schema';
import { Table } from 'design-react-kit';
import { type ReactNode, type Ref, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { objectivePath } from './plan-links.ts';

type TableProps = {
  planId: string;
  caption: string;
  objectives: OutlineObjective[];
  version: number | undefined;
};

/** A strategic line's objectives: one row each, the title linking to the objective's page. */
export function ObjectivesTable({ planId, caption, objectives, version }: TableProps) {
  return (
    <TableFrame caption={caption}>
      <tbody>
        {objectives.map((objective) => (
          <ObjectiveRow key={objective.id} planId={planId} objective={objective} version={version} />
        ))}
      </tbody>
    </TableFrame>
  );
}

type FrameProps = {
  caption: string;
  children: ReactNode;
  /** For a virtualised table: all its rows, the header's included, and the space of those not rendered. */
  virtual?: { rowCount: number; before: number; after: number; headerRow: Ref<HTMLTableRowElement> };
};

function TableFrame({ caption, children, virtual }: FrameProps) {
  const { t } = useTranslation('plans');
  // A virtualised table tells assistive technologies how many rows it has, and where each row sits.
  return (
    <Table responsive hover className="objectives-table" aria-rowcount={virtual?.rowCount}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr ref={virtual?.headerRow} aria-rowindex={virtual ? 1 : undefined}>
          <th scope="col" className="col-code">
            {t('columns.code')}
          </th>
          <th scope="col">{t('columns.objective')}</th>
          <th scope="col" className="col-kind">
            {t('columns.kind')}
          </th>
          <th scope="col" className="col-unit">
            {t('columns.unit')}
          </th>
          <th scope="col" className="col-person">
            {t('columns.responsible')}
          </th>
          <th scope="col" className="text-end col-weight">
            {t('columns.weight')}
          </th>
        </tr>
        {virtual && virtual.before > 0 && <FillerRow height={virtual.before} />}
      </thead>
      {children}
      {virtual && virtual.after > 0 && (
        <tfoot>
          <FillerRow height={virtual.after} />
        </tfoot>
      )}
    </Table>
  );
}

type RowProps = {
  planId: string;
  objective: OutlineObjective;
  version: number | undefined;
  /** Position in the whole list (0-based), for a virtualised table. */
  index?: number;
  measure?: Ref<HTMLTableRowElement>;
};

function ObjectiveRow({ planId, objective, version, index, measure }: RowProps) {
  const { t } = useTranslation('plans');
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index === undefined ? undefined : index + 2}
      data-objective-row=""
    >
      <td className="text-nowrap">{objective.code}</td>
      <th scope="row" className="fw-normal">
        <Link to={objectivePath(planId, objective.id, version)} lang="it">
          {objective.title}
        </Link>
      </th>
      <td>{t(`objectiveKind.${objective.kind}`)}</td>
      <td lang="it">{objective.unit?.name ?? ''}</td>
      <td>{objective.responsible?.name ?? ''}</td>
      <td className="text-end">{formatNumber(objective.weight)}</td>
    </tr>
  );
}

/**
 * The space taken by the rows that are not rendered, above or below the visible ones. It lives in
 * the table's head and foot, so `tbody tr` still counts objectives only; hidden from assistive
 * technologies, which learn the row count from aria-rowcount.
 */
function FillerRow({ height }: { height: number }) {
  return (
    // Never the browser's scroll anchor: it changes height as rows come and go.
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row of a plain table, never focused.
    <tr className="objectives-filler" aria-hidden="true" style={{ overflowAnchor: 'none' }}>
      <td colSpan={6} style={{ height, padding: 0, borderBottomWidth: 0 }} />
    </tr>
  );
}

/** A one-line row is 44 px tall; a row can only grow (wrapped titles), so tables below move down, never up. */
const ROW_ESTIMATE = 44;
/** Rows rendered beyond each edge of the viewport: Tab and scrolling find the next row already there. */
const OVERSCAN = 10;

/** jsdom (and a hidden table) has no layout: a row measured as 0 px keeps its estimate. */
const measureRow = (row: HTMLTableRowElement) => row.getBoundingClientRect().height || ROW_ESTIMATE;

function offsetInDocument(row: HTMLTableRowElement | null): number | null {
  return row ? Math.round(row.getBoundingClientRect().bottom + window.scrollY) : null;
}

/** A long list: only the rows in or near the viewport are rendered, the fillers stand for the others. */
export function VirtualObjectivesTable({
  planId,
  caption,
  objectives,
  version,
  layoutVersion,
}: TableProps & {
  /** Changes whenever the page's layout may have moved this table (see PlanLines). */
  layoutVersion: number;
}) {
  const headerRow = useRef<HTMLTableRowElement>(null);
  // Where the first row starts in the document: only known once the table is laid out.
  const [listTop, setListTop] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: objectives.length,
    estimateSize: () => ROW_ESTIMATE,
    measureElement: measureRow,
    overscan: OVERSCAN,
    scrollMargin: listTop ?? 0,
    enabled: listTop !== null,
    getItemKey: (index) => objectives[index]?.id ?? index,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    // Twenty-five tables share the window: none of them may scroll it, neither to where it was when
    // the table mounted (that cancelled the jump to #line-…) nor to make up for a row measured above
    // the viewport (each pulled a long jump back to where it last saw the window). The browser's own
    // scroll anchoring keeps the rows in view still.
    scrollToFn: () => undefined,
  });
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;
  // biome-ignore lint/correctness/useExhaustiveDependencies: layoutVersion says the content above changed size, so this table may have moved.
  useLayoutEffect(() => {
    const top = offsetInDocument(headerRow.current);
    if (top !== listTop) setListTop(top);
  }, [listTop, layoutVersion]);

  const total = virtualizer.getTotalSize();
  const margin = virtualizer.options.scrollMargin;
  const viewTop = virtualizer.scrollOffset ?? 0;
  const viewBottom = viewTop + (virtualizer.scrollRect?.height ?? 0);
  const inView = virtualizer.getVirtualItems();
  // A table out of sight keeps only its row nearest the viewport (the virtualiser would keep the
  // overscan too, 25 tables × 11 rows): Tab and Shift+Tab still step into it, which scrolls it into view.
  // Once that row has the focus the table renders its overscan again, so the next Tab finds a row.
  const items =
    focused || (margin <= viewBottom && margin + total >= viewTop)
      ? inView
      : margin > viewBottom
        ? inView.slice(0, 1)
        : inView.slice(-1);
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - margin : 0;
  const after = last ? Math.max(total - (last.end - margin), 0) : total;
  return (
    <TableFrame caption={caption} virtual={{ rowCount: objectives.length + 1, before, after, headerRow }}>
      <tbody
        onFocus={() => setFocused(true)}
        onBlur={(e) => {
          if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
            setFocused(false);
        }}
      >
        {items.map((item) => {
          const objective = objectives[item.index];
          return objective ? (
            <ObjectiveRow
              key={item.key}
              planId={planId}
              objective={objective}
              version={version}
              index={item.index}
              measure={virtualizer.measureElement}
            />
          ) : null;
        })}
      </tbody>
    </TableFrame>
  );
}
