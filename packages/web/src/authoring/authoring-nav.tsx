import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth.api.ts';
import { adoptPath, checkPath, editPlanPath, newPlanPath, peoplePath, unitsPath } from './authoring-links.ts';

/** What the signed-in user may do in an organisation, as the API will decide it. */
export function useOrgRights(orgId: string | undefined) {
  const me = useMe();
  const roles = me.data?.organizations.find((o) => o.id === orgId)?.roles ?? [];
  const admin = me.data?.isInstanceAdmin ?? false;
  const has = (...wanted: string[]) => admin || wanted.some((r) => roles.includes(r));
  return {
    editPlan: has('secretary'),
    editObjectives: has('secretary', 'manager'),
    managePeople: has('admin', 'secretary'),
  };
}

/**
 * Links into the authoring pages, for the plan and organisation pages to show: "Modifica il piano",
 * "Verifica", "Adozione" on a draft plan; "Nuovo piano", "Settori", "Personale" on an organisation.
 */
export function PlanAuthoringLinks({ plan }: { plan: Pick<PlanDocument, 'id' | 'orgId' | 'status'> }) {
  const { t } = useTranslation('authoring');
  const rights = useOrgRights(plan.orgId);
  if (plan.status !== 'draft' || !rights.editObjectives) return null;
  return (
    <nav aria-label={t('links.editPlan')} className="d-flex flex-wrap gap-2 mb-4">
      <Link className="btn btn-primary btn-sm" to={editPlanPath(plan.id)}>
        {t('links.editPlan')}
      </Link>
      <Link className="btn btn-outline-primary btn-sm" to={checkPath(plan.id)}>
        {t('links.check')}
      </Link>
      {rights.editPlan && (
        <Link className="btn btn-outline-primary btn-sm" to={adoptPath(plan.id)}>
          {t('links.adopt')}
        </Link>
      )}
    </nav>
  );
}

export function OrgAuthoringLinks({ orgId }: { orgId: string }) {
  const { t } = useTranslation('authoring');
  const rights = useOrgRights(orgId);
  if (!rights.editPlan && !rights.managePeople) return null;
  return (
    <nav aria-label={t('links.newPlan')} className="d-flex flex-wrap gap-2 mb-4">
      {rights.editPlan && (
        <Link className="btn btn-primary btn-sm" to={newPlanPath(orgId)}>
          {t('links.newPlan')}
        </Link>
      )}
      {rights.managePeople && (
        <>
          <Link className="btn btn-outline-primary btn-sm" to={unitsPath(orgId)}>
            {t('links.units')}
          </Link>
          <Link className="btn btn-outline-primary btn-sm" to={peoplePath(orgId)}>
            {t('links.people')}
          </Link>
        </>
      )}
    </nav>
  );
}
