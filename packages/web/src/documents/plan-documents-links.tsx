import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentsPath, reportPath } from './documents-links.ts';

/** "Documenti" and "Relazione sulla Performance", for the plan page to show beside its title. */
export function PlanDocumentsLinks({ plan }: { plan: Pick<PlanDocument, 'id' | 'status'> }) {
  const { t } = useTranslation('documents');
  return (
    <nav aria-label={t('links.nav')} className="d-flex flex-wrap gap-2 mb-4">
      <Link className="btn btn-outline-primary btn-sm" to={documentsPath(plan.id)}>
        {t('links.documents')}
      </Link>
      {plan.status !== 'draft' && (
        <Link className="btn btn-outline-primary btn-sm" to={reportPath(plan.id)}>
          {t('links.report')}
        </Link>
      )}
    </nav>
  );
}
