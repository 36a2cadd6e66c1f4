import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** The server's refusal, each reason on its line ("qualita (Qualità e precisione): points must be …"). */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('evaluations');
  if (!error) return null;
  const messages =
    error instanceof ApiError
      ? error.errors.length > 0
        ? error.errors.map((e) => e.message)
        : [error.detail || error.title]
      : [String(error)];
  return (
    <div className="alert alert-danger" role="alert">
      <p className="mb-1">{t('errors.save')}</p>
      <ul className="mb-0">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
