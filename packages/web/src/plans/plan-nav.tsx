import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Me, useMe } from '../auth/auth.api.ts';
import { adoptPath, checkPath, editPlanPath } from '../authoring/authoring-links.ts';
import { changeRequestsPath, versionsPath } from '../change-requests/change-request-links.ts';
import { documentsPath, reportPath } from '../documents/documents-links.ts';
import { bonusPath, evaluationsPath } from '../evaluations/evaluation-links.ts';
import { dashboardPath } from '../monitoring/monitoring-links.ts';
import { planPath } from './plan-links.ts';

export const PLAN_SECTIONS = [
  'plan',
  'edit',
  'check',
  'adopt',
  'dashboard',
  'changeRequests',
  'versions',
  'documents',
  'report',
  'evaluations',
  'bonus',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

type NavPlan = Pick<PlanDocument, 'id' | 'orgId' | 'status'>;

const paths: Record<PlanSection, (planId: string) => string> = {
  plan: (id) => planPath(id),
  edit: editPlanPath,
  check: checkPath,
  adopt: adoptPath,
  dashboard: dashboardPath,
  changeRequests: changeRequestsPath,
  versions: versionsPath,
  documents: documentsPath,
  report: reportPath,
  evaluations: evaluationsPath,
  bonus: bonusPath,
};

/**
 * The plan's pages this user would look for. It only offers: the server decides every request.
 * A draft is written, checked and adopted; an adopted (or closed) plan is monitored, amended,
 * reported on and closes with the evaluations and the bonus.
 */
export function planSections(
  plan: Pick<NavPlan, 'orgId' | 'status'>,
  me: Me | null | undefined,
): PlanSection[] {
  const roles = me?.organizations.find((o) => o.id === plan.orgId)?.roles ?? [];
  const has = (...wanted: string[]) =>
    (me?.isInstanceAdmin ?? false) || wanted.some((r) => roles.includes(r));
  const shown: Record<PlanSection, boolean> =
    plan.status === 'draft'
      ? {
          plan: true,
          edit: has('secretary', 'manager'),
          check: has('secretary', 'manager'),
          adopt: has('secretary'),
          documents: true,
          dashboard: false,
          changeRequests: false,
          versions: false,
          report: false,
          evaluations: false,
          bonus: false,
        }
      : {
          plan: true,
          edit: false,
          check: false,
          adopt: false,
          dashboard: true,
          changeRequests: true,
          versions: true,
          documents: true,
          report: true,
          // Sheets are read by the evaluated, their evaluators, the Nucleo and the secretary: not by a viewer.
          evaluations: has('admin', 'secretary', 'evaluator', 'manager', 'employee'),
          bonus: has('secretary', 'admin'),
        };
  return PLAN_SECTIONS.filter((section) => shown[section]);
}

/** Tabs across a plan's pages (Piano, Monitoraggio, Richieste di variazione…), the current one marked. */
export function PlanNav({ plan, current }: { plan: NavPlan; current: PlanSection }) {
  const { t } = useTranslation('plans');
  const me = useMe();
  // Narrower padding than Bootstrap Italia's tabs: the eight tabs of an adopted plan fit one row from 1200px.
  return (
    <nav aria-label={t('nav.label')} className="plan-nav mb-4">
      <ul className="nav nav-tabs">
        {planSections(plan, me.data).map((section) => {
          const active = section === current;
          return (
            <li key={section} className="nav-item">
              <Link
                className={active ? 'nav-link px-3 active' : 'nav-link px-3'}
                aria-current={active ? 'page' : undefined}
                to={paths[section](plan.id)}
              >
                {t(`nav.${section}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
