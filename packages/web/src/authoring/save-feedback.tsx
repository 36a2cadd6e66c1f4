import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/**
 * What a failed save means for the person saving: a 409 is either "adopted, go through amendments"
 * or "someone else saved first" (the page reloads the item and names what differs).
 */
export function SaveError({ error, staleFields }: { error: unknown; staleFields?: string[] }) {
  const { t } = useTranslation('authoring');
  if (!error) return null;
  const message = !(error instanceof ApiError)
    ? t('common.saveFailed', { detail: String(error) })
    : error.status === 403
      ? t('common.forbidden')
      : error.status === 409 && /amendment|adopted/i.test(error.detail)
        ? t('common.adoptedPlan')
        : error.status === 409
          ? staleFields && staleFields.length > 0
            ? t('common.stale', { fields: staleFields.join(', ') })
            : t('common.staleNoFields')
          : error.status === 400 || error.status === 422
            ? t('common.formErrors')
            : t('common.saveFailed', { detail: error.detail || error.title });
  return (
    <Alert color={error instanceof ApiError && error.status === 409 ? 'warning' : 'danger'} fade={false}>
      <span role="alert">{message}</span>
    </Alert>
  );
}

export function Saved({ show }: { show: boolean }) {
  const { t } = useTranslation('authoring');
  return (
    <p className="text-success small mb-0" role="status" aria-live="polite">
      {show ? t('common.saved') : ''}
    </p>
  );
}

export const isStale = (error: unknown) =>
  error instanceof ApiError && error.status === 409 && !/amendment|adopted/i.test(error.detail);
