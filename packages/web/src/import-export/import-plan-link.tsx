import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth.api.ts';

export const importPlanPath = (orgId: string) => `/orgs/${orgId}/plans/import`;

/** Whether the API will let the signed-in user import a plan here (`plan.create`: the secretary). */
export function useCanImportPlan(orgId: string): boolean | undefined {
  const me = useMe();
  if (!me.data) return me.isPending ? undefined : false;
  if (me.data.isInstanceAdmin) return true;
  return me.data.organizations.find((o) => o.id === orgId)?.roles.includes('secretary') ?? false;
}

/** "Importa un piano da foglio di calcolo", for the organisation page; shown to whoever may import. */
export function ImportPlanLink({ orgId }: { orgId: string }) {
  const { t } = useTranslation('importExport');
  if (!useCanImportPlan(orgId)) return null;
  return (
    <Link className="btn btn-outline-primary btn-sm mb-3" to={importPlanPath(orgId)}>
      {t('link')}
    </Link>
  );
}
