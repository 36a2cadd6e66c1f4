import type { Objective, PlanDocument, StrategicLine } from '@traguardo/domain/plan/plan.schema';
import type { PersonItem, UnitItem } from '@traguardo/domain/plan/units-people.schema';
import { Alert } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../auth/auth.api.ts';
import { findObjective } from '../plans/find-objective.ts';
import { objectivePath, planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { Loading, QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useCreateObjective, usePeople, useUnits, useUpdateObjective } from './authoring.api.ts';
import { editLinePath, editObjectivePath, editPlanPath } from './authoring-links.ts';
import { useOrgRights } from './authoring-nav.tsx';
import { apiFieldErrors, changedFields } from './form-values.ts';
import { IndicatorsEditor } from './indicator-editor.tsx';
import { ObjectiveForm, objectiveValues, parseObjective } from './objective-form.tsx';
import { PhasesEditor } from './phase-editor.tsx';
import { isStale, Saved, SaveError } from './save-feedback.tsx';
import { useScrollToHash } from './use-scroll-to-hash.ts';

/** An objective of a draft plan: its sheet, then its indicators and its calendar. `new` creates one. */
export function ObjectiveEditorPage() {
  const { planId = '', objectiveId = '' } = useParams();
  const plan = usePlan(planId);
  return (
    <QueryState query={plan}>
      {(doc) => (
        <Editor plan={doc} objectiveId={objectiveId} reload={async () => (await plan.refetch()).data} />
      )}
    </QueryState>
  );
}

type Reload = () => Promise<PlanDocument | undefined>;

function Editor({ plan, objectiveId, reload }: { plan: PlanDocument; objectiveId: string; reload: Reload }) {
  const { t } = useTranslation('authoring');
  const [search] = useSearchParams();
  const orgName = useOrgName(plan.orgId);
  const units = useUnits(plan.orgId);
  const people = usePeople(plan.orgId);
  const found = objectiveId === 'new' ? null : findObjective(plan, objectiveId);
  const lineId = found?.line.id ?? search.get('line') ?? plan.strategicLines[0]?.id ?? '';
  const line = plan.strategicLines.find((l) => l.id === lineId);
  const heading = found ? t('objective.editTitle', { code: found.objective.code }) : t('objective.newTitle');
  usePageTitle(heading);
  const ownUnits = useOwnUnits(plan.orgId, units.data ?? []);
  useScrollToHash(!!found && !!units.data && !!people.data);

  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('plan.editTitle'), to: editPlanPath(plan.id) },
          ...(line ? [{ label: line.title, to: editLinePath(plan.id, line.id) }] : []),
          { label: found ? found.objective.code : t('objective.newTitle') },
        ]}
      />
      <h1 className="h2 mb-4">{heading}</h1>
      {plan.status !== 'draft' ? (
        <Alert color="info" fade={false}>
          {t('common.draftOnly')}{' '}
          <Link to={found ? objectivePath(plan.id, found.objective.id) : planPath(plan.id)}>
            {t('common.back')}
          </Link>
        </Alert>
      ) : objectiveId !== 'new' && !found ? (
        <Alert color="warning" fade={false}>
          {t('objective.notFound')}
        </Alert>
      ) : !units.data || !people.data ? (
        <Loading />
      ) : found ? (
        <>
          <EditObjective
            plan={plan}
            line={found.line}
            objective={found.objective}
            units={ownUnits}
            people={people.data}
            reload={reload}
          />
          <IndicatorsEditor
            plan={plan}
            objective={found.objective}
            reload={async () => {
              const fresh = await reload();
              return fresh ? findObjective(fresh, found.objective.id)?.objective : undefined;
            }}
          />
          <PhasesEditor planId={plan.id} objective={found.objective} />
          <Link to={editPlanPath(plan.id)}>{t('common.back')}</Link>
        </>
      ) : (
        <NewObjective plan={plan} lineId={lineId} units={ownUnits} people={people.data} />
      )}
    </>
  );
}

/** A manager chooses among own units; the secretary among all. */
function useOwnUnits(orgId: string, units: UnitItem[]): UnitItem[] {
  const me = useMe();
  const rights = useOrgRights(orgId);
  if (rights.editPlan) return units;
  const own = me.data?.organizations.find((o) => o.id === orgId)?.unitIds ?? [];
  return units.filter((u) => own.includes(u.id));
}

function NewObjective({
  plan,
  lineId,
  units,
  people,
}: {
  plan: PlanDocument;
  lineId: string;
  units: UnitItem[];
  people: PersonItem[];
}) {
  const { t } = useTranslation('authoring');
  const navigate = useNavigate();
  const create = useCreateObjective(plan.id);
  return (
    <>
      <SaveError error={create.error} />
      <ObjectiveForm
        plan={plan}
        initial={objectiveValues(lineId)}
        units={units}
        people={people}
        submitLabel={t('objective.create')}
        pending={create.isPending}
        serverErrors={apiFieldErrors(create.error)}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (created) => navigate(editObjectivePath(plan.id, created.id), { replace: true }),
          })
        }
      />
    </>
  );
}

const FIELDS = [
  'code',
  'title',
  'definition',
  'kind',
  'strategicLineId',
  'unitId',
  'responsiblePersonId',
  'allStaff',
  'assigneeIds',
  'weight',
  'periodText',
  'periodStart',
  'periodEnd',
  'humanResources',
  'instrumentalResources',
  'financialResources',
] as const;

function EditObjective({
  plan,
  line,
  objective,
  units,
  people,
  reload,
}: {
  plan: PlanDocument;
  line: StrategicLine;
  objective: Objective;
  units: UnitItem[];
  people: PersonItem[];
  reload: Reload;
}) {
  const { t } = useTranslation('authoring');
  const update = useUpdateObjective(plan.id);
  const [stale, setStale] = useState<string[]>();
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="objective-details" className="mb-5">
      <h2 id="objective-details" className="h3">
        {t('objective.details')}
      </h2>
      <SaveError error={update.error} staleFields={stale} />
      <ObjectiveForm
        key={objective.rowVersion}
        plan={plan}
        initial={objectiveValues(line.id, objective)}
        units={units}
        people={people}
        submitLabel={t('common.save')}
        pending={update.isPending}
        serverErrors={apiFieldErrors(update.error)}
        onSubmit={(input, values) => {
          setSaved(false);
          update.mutate(
            { id: objective.id, changes: { ...input, rowVersion: objective.rowVersion } },
            {
              onSuccess: () => {
                setStale(undefined);
                setSaved(true);
              },
              onError: async (error) => {
                if (!isStale(error)) return;
                const fresh = await reload();
                const now = fresh ? findObjective(fresh, objective.id) : null;
                if (!now) return;
                const labels: Record<(typeof FIELDS)[number], string> = {
                  code: t('objective.code'),
                  title: t('objective.title'),
                  definition: t('objective.definition'),
                  kind: t('objective.kind'),
                  strategicLineId: t('objective.line'),
                  unitId: t('objective.unit'),
                  responsiblePersonId: t('objective.responsible'),
                  allStaff: t('objective.allStaff'),
                  assigneeIds: t('objective.assignees'),
                  weight: t('objective.weight'),
                  periodText: t('objective.periodText'),
                  periodStart: t('objective.periodStart'),
                  periodEnd: t('objective.periodEnd'),
                  humanResources: t('objective.humanResources'),
                  instrumentalResources: t('objective.instrumentalResources'),
                  financialResources: t('objective.financialResources'),
                };
                const current = parseObjective(objectiveValues(now.line.id, now.objective));
                const mine = parseObjective(values);
                if (current.success && mine.success)
                  setStale(changedFields(mine.data, current.data, [...FIELDS]).map((f) => labels[f]));
              },
            },
          );
        }}
      />
      <Saved show={saved && !update.isPending && !update.error} />
    </section>
  );
}
