import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Spinner } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="d-flex align-items-center gap-3 py-4" role="status">
      <Spinner active small />
      <span>{t('loading')}</span>
    </div>
  );
}

/** The error of a failed load, said in the user's words rather than the server's. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.status === 403
        ? t('errors.forbidden')
        : error.status === 404
          ? t('errors.notFound')
          : t('errors.generic')
      : t('errors.network');
  return (
    <Alert color="danger" fade={false}>
      <h2 className="h5">{t('errors.title')}</h2>
      <p className="mb-2">{message}</p>
      {onRetry && (
        <Button color="primary" size="sm" outline onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** Renders `children` with the loaded data, or the loading or error state of the query. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
