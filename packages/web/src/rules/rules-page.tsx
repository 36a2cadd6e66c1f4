import {
  checkEvaluationRules,
  type EvaluationRules,
  type EvaluationRulesInput,
  EvaluationRulesInputSchema,
  NEGATIVE_METHODS,
  OBJECTIVE_METHODS,
} from '@traguardo/domain/achievement/evaluation-rules.schema';
import { formatNumber } from '@traguardo/domain/format/italian';
import { Alert, Table } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/client.ts';
import { useMe } from '../auth/auth.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { NumberInput } from './number-input.tsx';
import { useEvaluationRules, useSaveEvaluationRules } from './rules.api.ts';

/** The organisation's SMVP: floor and cap of achievement, points, behaviour criteria, bonus rules. */
export function RulesPage() {
  const { orgId = '' } = useParams();
  const rules = useEvaluationRules(orgId);
  const orgName = useOrgName(orgId);
  const me = useMe();
  const { t } = useTranslation('rules');
  usePageTitle(t('title'));
  const membership = me.data?.organizations.find((o) => o.id === orgId);
  const canEdit =
    !!me.data?.isInstanceAdmin || !!membership?.roles.some((r) => r === 'admin' || r === 'secretary');
  return (
    <>
      <PageBreadcrumbs items={[{ label: orgName ?? '…', to: `/orgs/${orgId}` }, { label: t('title') }]} />
      <h1 className="h2">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <QueryState query={rules}>
        {(loaded) => <RulesForm key={loaded.rowVersion} orgId={orgId} loaded={loaded} canEdit={canEdit} />}
      </QueryState>
    </>
  );
}

const toInput = ({
  id: _id,
  orgId: _org,
  year: _year,
  rowVersion: _v,
  updatedAt: _at,
  ...input
}: EvaluationRules) => input;

function RulesForm({ orgId, loaded, canEdit }: { orgId: string; loaded: EvaluationRules; canEdit: boolean }) {
  const { t } = useTranslation('rules');
  const [draft, setDraft] = useState<EvaluationRulesInput>(() => toInput(loaded));
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  // Score bands have no id of their own: a key per row keeps each input's text with its band.
  const [bandKeys, setBandKeys] = useState(() => (loaded.scoreBands ?? []).map(() => newKey('fascia')));
  const save = useSaveEvaluationRules(orgId);

  const problems = new Map<string, string>();
  for (const field of invalid) problems.set(field, t('invalidNumber'));
  const parsed = EvaluationRulesInputSchema.safeParse(draft);
  if (!parsed.success)
    for (const issue of parsed.error.issues) problems.set(issue.path.join('.'), issue.message);
  else for (const p of checkEvaluationRules(parsed.data)) problems.set(p.field, p.message);
  if (isApiError(save.error))
    for (const e of save.error.errors) if (e.field) problems.set(e.field, e.message);
  const errorOf = (field: string) => (submitted ? problems.get(field) : undefined);

  const number =
    (field: string, apply: (value: number | null) => void) => (value: number | null | 'invalid') => {
      const next = new Set(invalid);
      if (value === 'invalid') next.add(field);
      else {
        next.delete(field);
        apply(value);
      }
      setInvalid(next);
    };
  const set = <K extends keyof EvaluationRulesInput>(key: K, value: EvaluationRulesInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const numberField = (
    key: 'floor' | 'cap' | 'objectivesMax' | 'behavioursMax' | 'minBonusScore',
    label: string,
  ) => (
    <div className="col-md-6 col-lg-4">
      <NumberInput
        label={label}
        value={draft[key]}
        disabled={!canEdit}
        error={errorOf(key)}
        onChange={number(key, (v) => set(key, v ?? Number.NaN))}
      />
    </div>
  );
  const dayField = (key: 'conciliationRequestDays' | 'conciliationDecisionDays', label: string) => (
    <div className="col-md-6 col-lg-4">
      <NumberInput
        label={label}
        value={draft[key]}
        disabled={!canEdit}
        error={errorOf(key)}
        onChange={number(key, (v) => set(key, v ?? Number.NaN))}
      />
    </div>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.size > 0 || !parsed.success) return;
    save.mutate({ ...parsed.data, rowVersion: loaded.rowVersion });
  };

  return (
    <form onSubmit={submit} noValidate>
      {!canEdit && (
        <Alert color="info" fade={false}>
          {t('readOnly')}
        </Alert>
      )}
      <fieldset className="mb-4" disabled={!canEdit}>
        <legend className="h4 mb-4">{t('achievement')}</legend>
        <div className="row">
          {numberField('floor', t('floor'))}
          {numberField('cap', t('cap'))}
        </div>
        <Choice
          name="negativeMethod"
          legend={t('negativeMethod')}
          options={NEGATIVE_METHODS.map((m) => ({ value: m, label: t(m) }))}
          value={draft.negativeMethod}
          onChange={(v) => set('negativeMethod', NEGATIVE_METHODS.find((m) => m === v) ?? 'ratio')}
        />
        <Choice
          name="objectiveMethod"
          legend={t('objectiveMethod')}
          options={OBJECTIVE_METHODS.map((m) => ({ value: m, label: t(m) }))}
          value={draft.objectiveMethod}
          onChange={(v) => set('objectiveMethod', OBJECTIVE_METHODS.find((m) => m === v) ?? 'weighted')}
        />
      </fieldset>
      <fieldset className="mb-4" disabled={!canEdit}>
        <legend className="h4 mb-4">{t('evaluation')}</legend>
        <div className="row">
          {numberField('objectivesMax', t('objectivesMax'))}
          {numberField('behavioursMax', t('behavioursMax'))}
        </div>
      </fieldset>
      <fieldset className="mb-4" disabled={!canEdit}>
        <legend className="h4 mb-4">{t('categories')}</legend>
        {draft.categories.map((c, ci) => {
          const name = categoryName(t, c.category);
          const sum = c.criteria.reduce((s, k) => s + (Number.isFinite(k.maxPoints) ? k.maxPoints : 0), 0);
          const update = (next: typeof c) =>
            set(
              'categories',
              draft.categories.map((x, i) => (i === ci ? next : x)),
            );
          return (
            <div key={c.category} className="mb-4">
              <h3 className="h5">{name}</h3>
              <div className="row">
                <div className="col-md-6 col-lg-4">
                  <NumberInput
                    label={t('objectivesMax')}
                    value={c.objectivesMax}
                    disabled={!canEdit}
                    error={errorOf(`categories.${ci}.objectivesMax`)}
                    onChange={number(`categories.${ci}.objectivesMax`, (v) =>
                      update({ ...c, objectivesMax: v ?? Number.NaN }),
                    )}
                  />
                </div>
                <div className="col-md-6 col-lg-4">
                  <NumberInput
                    label={t('behavioursMax')}
                    value={c.behavioursMax}
                    disabled={!canEdit}
                    error={errorOf(`categories.${ci}.behavioursMax`)}
                    onChange={number(`categories.${ci}.behavioursMax`, (v) =>
                      update({ ...c, behavioursMax: v ?? Number.NaN }),
                    )}
                  />
                </div>
              </div>
              <Table bordered size="sm" responsive>
                <caption>{t('criteriaCaption', { category: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('criterion')}</th>
                    <th scope="col">{t('maxPoints')}</th>
                    {canEdit && (
                      <th scope="col" className="visually-hidden">
                        {t('removeCriterion', { name: '' })}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {c.criteria.map((k, ki) => (
                    <tr key={k.criterion}>
                      <td>
                        <label className="visually-hidden" htmlFor={`criterion-${ci}-${ki}`}>
                          {t('criterion')}
                        </label>
                        <input
                          id={`criterion-${ci}-${ki}`}
                          className="form-control"
                          value={k.name}
                          onChange={(e) =>
                            update({
                              ...c,
                              criteria: c.criteria.map((x, i) =>
                                i === ki ? { ...x, name: e.target.value } : x,
                              ),
                            })
                          }
                        />
                      </td>
                      <td>
                        <NumberInput
                          label={`${t('maxPoints')}: ${k.name}`}
                          value={k.maxPoints}
                          disabled={!canEdit}
                          onChange={number(`categories.${ci}.criteria.${ki}.maxPoints`, (v) =>
                            update({
                              ...c,
                              criteria: c.criteria.map((x, i) =>
                                i === ki ? { ...x, maxPoints: v ?? Number.NaN } : x,
                              ),
                            }),
                          )}
                        />
                      </td>
                      {canEdit && (
                        <td>
                          <button
                            type="button"
                            className="btn btn-outline-danger btn-xs"
                            onClick={() => update({ ...c, criteria: c.criteria.filter((_, i) => i !== ki) })}
                          >
                            {t('removeCriterion', { name: k.name })}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </Table>
              <p className={errorOf(`categories.${ci}.criteria`) ? 'text-danger fw-semibold' : ''}>
                {t('criteriaSum', { sum: formatNumber(sum), max: formatNumber(c.behavioursMax) })}
                {errorOf(`categories.${ci}.criteria`) && ` — ${errorOf(`categories.${ci}.criteria`)}`}
              </p>
              {canEdit && (
                <button
                  type="button"
                  className="btn btn-outline-primary btn-sm"
                  onClick={() =>
                    update({
                      ...c,
                      criteria: [
                        ...c.criteria,
                        { criterion: `criterio_${c.criteria.length + 1}`, name: '', maxPoints: 0 },
                      ],
                    })
                  }
                >
                  {t('addCriterion')}
                </button>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset className="mb-4" disabled={!canEdit}>
        <legend className="h4 mb-4">{t('bonus')}</legend>
        <div className="row">
          {numberField('minBonusScore', t('minBonusScore'))}
          <div className="col-md-6 col-lg-4">
            <NumberInput
              label={t('differentiatedShare')}
              value={draft.differentiatedSharePercent}
              disabled={!canEdit}
              error={errorOf('differentiatedSharePercent')}
              onChange={number('differentiatedSharePercent', (v) => set('differentiatedSharePercent', v))}
            />
          </div>
          <div className="col-md-6 col-lg-4">
            <NumberInput
              label={t('differentiatedIncrease')}
              value={draft.differentiatedIncreasePercent}
              disabled={!canEdit}
              error={errorOf('differentiatedIncreasePercent')}
              onChange={number('differentiatedIncreasePercent', (v) =>
                set('differentiatedIncreasePercent', v),
              )}
            />
          </div>
        </div>
        <h3 className="h5">{t('scoreBands')}</h3>
        <Table bordered size="sm" className="w-auto">
          <caption>{t('scoreBandsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('minTotal')}</th>
              <th scope="col">{t('sharePercent')}</th>
              {canEdit && (
                <th scope="col" className="visually-hidden">
                  {t('removeBand', { min: '' })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {(draft.scoreBands ?? []).map((b, bi) => {
              const bands = draft.scoreBands ?? [];
              const setBand = (next: typeof b) =>
                set(
                  'scoreBands',
                  bands.map((x, i) => (i === bi ? next : x)),
                );
              return (
                <tr key={bandKeys[bi] ?? bi}>
                  <td>
                    <NumberInput
                      label={t('minTotal')}
                      value={b.minTotal}
                      disabled={!canEdit}
                      error={errorOf(`scoreBands.${bi}.minTotal`)}
                      onChange={number(`scoreBands.${bi}.minTotal`, (v) =>
                        setBand({ ...b, minTotal: v ?? Number.NaN }),
                      )}
                    />
                  </td>
                  <td>
                    <NumberInput
                      label={t('sharePercent')}
                      value={b.sharePercent}
                      disabled={!canEdit}
                      onChange={number(`scoreBands.${bi}.sharePercent`, (v) =>
                        setBand({ ...b, sharePercent: v ?? Number.NaN }),
                      )}
                    />
                  </td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="btn btn-outline-danger btn-xs"
                        onClick={() => {
                          const rest = bands.filter((_, i) => i !== bi);
                          setBandKeys(bandKeys.filter((_, i) => i !== bi));
                          set('scoreBands', rest.length > 0 ? rest : null);
                        }}
                      >
                        {t('removeBand', { min: formatNumber(b.minTotal) })}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </Table>
        {canEdit && (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => {
              setBandKeys([...bandKeys, newKey('fascia')]);
              set('scoreBands', [...(draft.scoreBands ?? []), { minTotal: 0, sharePercent: 0 }]);
            }}
          >
            {t('addBand')}
          </button>
        )}
      </fieldset>
      <fieldset className="mb-4" disabled={!canEdit}>
        <legend className="h4 mb-4">{t('conciliation')}</legend>
        <div className="row">
          {dayField('conciliationRequestDays', t('requestDays'))}
          {dayField('conciliationDecisionDays', t('decisionDays'))}
        </div>
      </fieldset>
      {canEdit && (
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
      )}
      <div role="status" className="mt-3">
        {save.isSuccess && (
          <Alert color="success" fade={false}>
            {t('saved')}
          </Alert>
        )}
        {submitted && problems.size > 0 && (
          <Alert color="danger" fade={false}>
            <p className="mb-1">{t('invalid')}</p>
            <ul className="mb-0">
              {[...problems].map(([field, message]) => (
                <li key={field}>
                  {field}: {message}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {save.isError && (
          <Alert color="danger" fade={false}>
            {isApiError(save.error, 409) ? t('conflict') : t('failed')}
          </Alert>
        )}
      </div>
    </form>
  );
}

function Choice({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className="mb-3">
      <legend className="h6">{legend}</legend>
      {options.map((o) => (
        <div className="form-check" key={o.value}>
          <input
            id={`${name}-${o.value}`}
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function categoryName(
  t: (key: 'category.dirigente' | 'category.eq' | 'category.dipendente') => string,
  category: string,
) {
  return category === 'dirigente' || category === 'eq' || category === 'dipendente'
    ? t(`category.${category}`)
    : category;
}

/** A fresh identifier (lowercase, digits, _) for a new criterion or row. */
function newKey(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
}
