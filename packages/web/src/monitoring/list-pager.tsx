import { formatNumber } from '@traguardo/domain/format/italian';
import { useTranslation } from 'react-i18next';
import type { PagedRows } from './paged-list.ts';

/** Under a paged table: "Mostrati 50 di 2.500" and the button that shows the next page. */
export function ListPager({ list, name }: { list: PagedRows<unknown>; name: string }) {
  const { t } = useTranslation('monitoring');
  if (!list.paged) return null;
  return (
    <div className="d-flex flex-wrap align-items-center gap-3 mb-3">
      <p className="small mb-0" aria-live="polite">
        {t('dashboard.shown', { shown: formatNumber(list.rows.length), total: formatNumber(list.total) })}
      </p>
      {list.hasMore && (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={list.showMore}
          disabled={list.loading}
          // Several lists on the page have this button: its name says which list it extends.
          aria-label={list.loading ? undefined : t('dashboard.showMoreOf', { name })}
        >
          {list.loading ? t('dashboard.loadingMore') : t('dashboard.showMore')}
        </button>
      )}
      {list.failed && (
        <p className="small text-danger mb-0" role="alert">
          {t('dashboard.moreFailed')}
        </p>
      )}
    </div>
  );
}
