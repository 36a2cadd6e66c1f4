import { useTranslation } from 'react-i18next';
import { ProblemAlert as Alert } from '../ui/problem-alert.tsx';

/** The server's refusal, each reason on its line ("qualita (Qualità e precisione): points must be …"). */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('evaluations');
  return <Alert error={error} message={t('errors.save')} />;
}
