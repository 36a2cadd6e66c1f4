import type { EvaluationStatus } from '@traguardo/domain/evaluation/evaluation-workflow';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

const color: Record<EvaluationStatus, string> = {
  draft: 'secondary',
  delivered: 'primary',
  acknowledged: 'success',
  contested: 'warning',
  reviewed: 'info',
  final: 'success',
};

export function EvaluationStatusBadge({ status }: { status: EvaluationStatus }) {
  const { t } = useTranslation('evaluations');
  return <Badge color={color[status]}>{t(`status.${status}`)}</Badge>;
}
