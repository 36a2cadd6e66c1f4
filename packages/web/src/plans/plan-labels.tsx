import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Badge } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

type PlanStatus = PlanDocument['status'];

const statusColor: Record<PlanStatus, string> = { draft: 'warning', adopted: 'success', closed: 'secondary' };

/** Bozza / Adottato / Chiuso. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('plans');
  return (
    <Badge color={statusColor[status]} className="plan-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** null → "Bozza, non ancora adottata"; 0 → "Versione 0 (adozione)"; n → "Versione n (nª variazione)". */
export function versionLabel(version: number | null, t: TFunction<'plans'>): string {
  if (version === null) return t('version.draft');
  return version === 0 ? t('version.initial', { version }) : t('version.amendment', { version });
}
