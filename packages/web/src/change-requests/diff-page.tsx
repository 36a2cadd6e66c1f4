import { describePlanChange } from '@traguardo/domain/diff/describe-plan-change';
import type { PlanChange } from '@traguardo/domain/diff/diff-plan-documents';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { versionsPath } from './change-request-links.ts';
import { usePlanDiff, usePlanVersions } from './change-requests.api.ts';

const changeColor: Record<PlanChange['change'], string> = {
  added: 'success',
  removed: 'danger',
  modified: 'primary',
};

const whole = (raw: string | null) => (raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined);

/** Two versions compared field by field, in the Giunta's words: "Indicatore 1299 – target: 247 → 217". */
export function DiffPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation('changeRequests');
  usePageTitle(t('diff.title'));
  return <QueryState query={plan}>{(doc) => <Diff plan={doc} />}</QueryState>;
}

function Diff({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('changeRequests');
  const orgName = useOrgName(plan.orgId);
  const [search, setSearch] = useSearchParams();
  const latest = plan.currentVersion ?? 0;
  const to = whole(search.get('to')) ?? latest;
  const from = whole(search.get('from')) ?? Math.max(0, to - 1);
  const versions = usePlanVersions(plan.id);
  const diff = usePlanDiff(plan.id, from, to);
  const numbers = versions.data?.map((v) => v.version) ?? [from, to];
  const choose = (name: 'from' | 'to', value: string) =>
    setSearch({ from: String(from), to: String(to), [name]: value });
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('versions.crumb'), to: versionsPath(plan.id) },
          { label: t('diff.crumb') },
        ]}
      />
      <h1 className="mb-4">{t('diff.title')}</h1>
      <div className="row mb-4">
        {(['from', 'to'] as const).map((name) => (
          <div className="col-md-3 select-wrapper" key={name}>
            <label htmlFor={`diff-${name}`}>{t(`diff.${name}`)}</label>
            <select
              id={`diff-${name}`}
              value={name === 'from' ? from : to}
              onChange={(e) => choose(name, e.target.value)}
            >
              {[...new Set(numbers)].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <QueryState query={diff}>
        {(result) =>
          result.changes.length === 0 ? (
            <p>{t('diff.none')}</p>
          ) : (
            <>
              <p aria-live="polite">{t('diff.count', { count: result.changes.length })}</p>
              <ul className="list-group plan-diff">
                {result.changes.map((c) => (
                  <li key={`${c.type}-${c.id}`} className="list-group-item d-flex gap-3 align-items-start">
                    <Badge color={changeColor[c.change]}>{t(`diff.change.${c.change}`)}</Badge>
                    <span className="text-break">{describePlanChange(c)}</span>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </>
  );
}
