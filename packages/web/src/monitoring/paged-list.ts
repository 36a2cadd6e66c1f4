import type { DashboardListPage } from '@traguardo/domain/achievement/dashboard.schema';
import { useState } from 'react';
import type { z } from 'zod';
import { useDashboardListMore } from './monitoring.api.ts';

export type PagedRows<T> = {
  rows: T[];
  total: number;
  /** The list has more than its first page: the table says how many it shows. */
  paged: boolean;
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  showMore: () => void;
};

/**
 * A dashboard list as a table shows it: the first page from the dashboard, then the next pages as
 * the user asks for them ("Mostra altri"). New filters give a new `next`, and the list starts over.
 */
export function usePagedRows<S extends z.ZodType>(
  planId: string,
  first: z.output<S>[],
  page: DashboardListPage,
  itemSchema: S,
): PagedRows<z.output<S>> {
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const opened = page.next !== null && openedFor === page.next;
  const more = useDashboardListMore(planId, page.next, itemSchema, opened);
  const loaded = opened ? (more.data?.pages.flatMap((p) => p.items) ?? []) : [];
  return {
    rows: loaded.length > 0 ? [...first, ...loaded] : first,
    total: page.total,
    paged: page.next !== null,
    hasMore: opened ? more.isPending || more.hasNextPage : page.next !== null,
    loading: opened && more.isFetching,
    failed: opened && more.isError,
    showMore: () => {
      if (opened) void more.fetchNextPage();
      else setOpenedFor(page.next);
    },
  };
}
