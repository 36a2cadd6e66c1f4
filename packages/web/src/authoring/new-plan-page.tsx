import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useCreatePlan } from './authoring.api.ts';
import { editPlanPath } from './authoring-links.ts';
import { apiFieldErrors } from './form-values.ts';
import { PlanForm, planFormValues } from './plan-form.tsx';
import { SaveError } from './save-feedback.tsx';

/** A new draft plan of the organisation; then on to its editor. */
export function NewPlanPage() {
  const { orgId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const orgName = useOrgName(orgId);
  const navigate = useNavigate();
  const create = useCreatePlan(orgId);
  usePageTitle(t('newPlan.title'));
  return (
    <>
      <PageBreadcrumbs
        items={[{ label: orgName ?? '…', to: `/orgs/${orgId}` }, { label: t('newPlan.title') }]}
      />
      <h1 className="mb-3">{t('newPlan.title')}</h1>
      <p>{t('newPlan.intro')}</p>
      <SaveError error={create.error} />
      <PlanForm
        initial={planFormValues()}
        submitLabel={t('newPlan.create')}
        pending={create.isPending}
        serverErrors={apiFieldErrors(create.error)}
        onSubmit={(plan) => create.mutate(plan, { onSuccess: (doc) => navigate(editPlanPath(doc.id)) })}
      />
    </>
  );
}
