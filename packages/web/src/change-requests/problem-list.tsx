import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** The server's refusal of a form, field by field ("changes.target: …"). */
export function ProblemList({ error }: { error: unknown }) {
  const { t } = useTranslation('changeRequests');
  return <ProblemAlert error={error} message={t('form.errors')} />;
}
