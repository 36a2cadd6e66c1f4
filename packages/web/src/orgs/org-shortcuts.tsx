import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newPlanPath, peoplePath, unitsPath } from '../authoring/authoring-links.ts';
import { ImportPlanLink } from '../import-export/import-plan-link.tsx';
import { myObjectivesPath } from '../monitoring/monitoring-links.ts';
import { useOrgRoles } from '../ui/current-org.ts';

/** Registered in monitoring/routes.tsx (the SMVP page lives in rules/). */
const evaluationRulesPath = (orgId: string) => `/orgs/${orgId}/evaluation-rules`;

/** Under the organisation's name: "I miei obiettivi" for whoever answers for objectives, and the SMVP. */
export function OrgShortcuts({ orgId }: { orgId: string }) {
  const { t } = useTranslation('orgs');
  const { is } = useOrgRoles(orgId);
  return (
    <nav aria-label={t('shortcuts.label')} className="d-flex flex-wrap gap-2 mb-5">
      {is('manager', 'employee') && (
        <Link className="btn btn-primary" to={myObjectivesPath(orgId)}>
          {t('shortcuts.myObjectives')}
        </Link>
      )}
      <Link className="btn btn-outline-primary" to={evaluationRulesPath(orgId)}>
        {t('shortcuts.evaluationRules')}
      </Link>
    </nav>
  );
}

/** "Nuovo piano" and "Importa un piano…", for the secretary (the API's `plan.create`). */
export function PlanCreationLinks({ orgId }: { orgId: string }) {
  const { t } = useTranslation('orgs');
  const { acts } = useOrgRoles(orgId);
  if (!acts('secretary')) return null;
  return (
    <div className="d-flex flex-wrap align-items-start gap-2">
      <Link className="btn btn-primary btn-sm mb-3" to={newPlanPath(orgId)}>
        {t('shortcuts.newPlan')}
      </Link>
      <ImportPlanLink orgId={orgId} />
    </div>
  );
}

/** "Gestisci i settori" / "Gestisci il personale", for the administrator and the secretary. */
export function ManageLink({ orgId, what }: { orgId: string; what: 'units' | 'people' }) {
  const { t } = useTranslation('orgs');
  const { acts } = useOrgRoles(orgId);
  if (!acts('admin', 'secretary')) return null;
  return (
    <p className="mb-3">
      <Link
        className="btn btn-outline-primary btn-sm"
        to={what === 'units' ? unitsPath(orgId) : peoplePath(orgId)}
      >
        {t(what === 'units' ? 'shortcuts.manageUnits' : 'shortcuts.managePeople')}
      </Link>
    </p>
  );
}
