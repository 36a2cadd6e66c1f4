import type { PlanProblem } from '@traguardo/domain/checker/plan-problem';
import { Badge, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { editLinePath, editObjectivePath, editPlanPath, peoplePath } from './authoring-links.ts';

/** Where a problem's item is edited: the objective's page (at the indicator or phase), the plan, the staff. */
export function problemLink(planId: string, orgId: string, problem: PlanProblem): string {
  const { item } = problem;
  switch (item.type) {
    case 'objective':
      return editObjectivePath(planId, item.id);
    case 'indicator':
      return `${editObjectivePath(planId, item.objectiveId ?? '')}#indicator-${item.id}`;
    case 'phase':
      return `${editObjectivePath(planId, item.objectiveId ?? '')}#phase-${item.id}`;
    case 'strategic_line':
      return editLinePath(planId, item.id);
    case 'person':
      return peoplePath(orgId);
    default:
      return editPlanPath(planId);
  }
}

/** The checker's findings as a table: severity, item (a link to fix it), the problem in words. */
export function ProblemList({
  planId,
  orgId,
  problems,
  caption,
}: {
  planId: string;
  orgId: string;
  problems: PlanProblem[];
  caption: string;
}) {
  const { t } = useTranslation('authoring');
  if (problems.length === 0) return null;
  return (
    <Table responsive className="plan-problems">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('check.columns.severity')}</th>
          <th scope="col">{t('check.columns.item')}</th>
          <th scope="col">{t('check.columns.message')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p) => (
          <tr key={`${p.code}-${p.item.id}`} data-severity={p.severity} data-code={p.code}>
            <td>
              <Badge color={p.severity === 'error' ? 'danger' : 'warning'}>
                {t(`check.severity.${p.severity}`)}
              </Badge>
            </td>
            <td className="text-nowrap">
              <Link to={problemLink(planId, orgId, p)}>
                {t(`check.item.${p.item.type}`, { code: p.item.code ?? '' })}
              </Link>
            </td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
