import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { formatBytes } from './import-form-values.ts';
import type { UploadProgress as Progress } from './import-plan.api.ts';

/**
 * The Bootstrap Italia progress bar: how much of the file has gone up, then an indeterminate bar
 * while the server checks every row (that part has no measurable progress).
 */
export function UploadProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t } = useTranslation('importExport');
  if (progress.phase === 'processing')
    return (
      <div className="mt-4" data-testid="import-processing">
        <p className="mb-2">{t('progress.processing')}</p>
        <div className="progress progress-indeterminate">
          <div className="progress-bar" role="progressbar" aria-label={t('progress.processingLabel')} />
        </div>
      </div>
    );
  const percent =
    progress.total > 0 ? Math.min(100, Math.floor((progress.loaded / progress.total) * 100)) : 0;
  return (
    <div className="mt-4" data-testid="import-uploading">
      <p className="mb-2">
        {t('progress.uploading', {
          percent,
          loaded: formatBytes(progress.loaded),
          total: formatBytes(progress.total),
        })}
      </p>
      <div className="progress mb-3">
        <div
          className="progress-bar"
          role="progressbar"
          aria-label={t('progress.label')}
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuetext={`${percent}%`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <Button color="secondary" outline size="sm" onClick={onCancel}>
        {t('progress.cancel')}
      </Button>
    </div>
  );
}
