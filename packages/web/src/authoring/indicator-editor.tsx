import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import type { Indicator, Objective, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { type CreateIndicator, CreateIndicatorSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateIndicator, useDeleteIndicator, useUpdateIndicator } from './authoring.api.ts';
import {
  CheckboxField,
  DeleteButton,
  InputField,
  SelectField,
  TextAreaField,
  useIssueMessages,
} from './form-fields.tsx';
import {
  apiFieldErrors,
  changedFields,
  decimalText,
  type FieldErrors,
  issuesToErrors,
  parseDecimal,
} from './form-values.ts';
import { isStale, SaveError } from './save-feedback.tsx';

type Values = {
  code: string;
  title: string;
  formula: string;
  expression: string;
  purpose: string;
  polarity: string;
  binary: boolean;
  unitOfMeasure: string;
  baseline: string;
  target: string;
  targetText: string;
  targetsByYear: Record<string, string>;
  weight: string;
  measurementDeadline: string;
};

const NUMBER_FIELDS = ['baseline', 'target', 'weight'] as const;

function valuesOf(years: string[], i?: Indicator): Values {
  return {
    code: i?.code ?? '',
    title: i?.title ?? '',
    formula: i?.formula ?? '',
    expression: i?.expression ?? '',
    purpose: i?.purpose ?? '',
    polarity: i?.polarity ?? 'positive',
    binary: i?.binary ?? false,
    unitOfMeasure: i?.unitOfMeasure ?? '',
    baseline: decimalText(i?.baseline),
    target: decimalText(i?.target),
    targetText: i?.targetText ?? '',
    targetsByYear: Object.fromEntries(years.map((y) => [y, decimalText(i?.targetsByYear?.[y])])),
    weight: decimalText(i?.weight),
    measurementDeadline: i?.measurementDeadline ?? '',
  };
}

function parse(values: Values) {
  const byYear = Object.entries(values.targetsByYear)
    .map(([year, text]) => [year, parseDecimal(text)] as const)
    .filter(([, n]) => n !== null);
  return CreateIndicatorSchema.safeParse({
    ...values,
    baseline: parseDecimal(values.baseline),
    target: parseDecimal(values.target),
    weight: parseDecimal(values.weight),
    targetsByYear: byYear.length > 0 ? Object.fromEntries(byYear) : null,
    measurementDeadline: values.measurementDeadline === '' ? null : values.measurementDeadline,
  });
}

const yearsOf = (plan: PlanDocument) =>
  plan.endYear > plan.startYear
    ? Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => String(plan.startYear + i))
    : [];

/** The objective's indicators: each one's summary, its form on "Modifica", and a form for a new one. */
export function IndicatorsEditor({
  plan,
  objective,
  reload,
}: {
  plan: PlanDocument;
  objective: Objective;
  reload: () => Promise<Objective | undefined>;
}) {
  const { t } = useTranslation('authoring');
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const create = useCreateIndicator(plan.id);
  const remove = useDeleteIndicator(plan.id);
  const years = yearsOf(plan);
  return (
    <section aria-labelledby="indicators-heading" className="mb-5">
      <h2 id="indicators-heading" className="h3">
        {t('indicator.section')}
      </h2>
      {objective.indicators.length === 0 && <p>{t('indicator.none')}</p>}
      <ul className="list-unstyled">
        {objective.indicators.map((i) => (
          <li key={i.id} id={`indicator-${i.id}`} tabIndex={-1} className="border rounded p-3 mb-3">
            <IndicatorSummary indicator={i} />
            {editing === i.id ? (
              <EditIndicator
                planId={plan.id}
                indicator={i}
                years={years}
                onDone={() => setEditing(null)}
                reload={async () => (await reload())?.indicators.find((x) => x.id === i.id)}
              />
            ) : (
              <div className="d-flex gap-2 mt-2">
                <Button
                  color="primary"
                  outline
                  size="xs"
                  onClick={() => setEditing(i.id)}
                  aria-label={t('indicator.edit', { code: i.code })}
                >
                  {t('common.edit')}
                </Button>
                <DeleteButton
                  label={t('indicator.delete', { code: i.code })}
                  name={`${i.code} ${i.title}`}
                  onDelete={() => remove.mutate(i.id)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <SaveError error={remove.error} />
      {adding ? (
        <div className="border rounded p-3">
          <h3 className="h5">{t('indicator.new')}</h3>
          <SaveError error={create.error} />
          <IndicatorForm
            idPrefix="new-indicator"
            initial={valuesOf(years)}
            years={years}
            pending={create.isPending}
            serverErrors={apiFieldErrors(create.error)}
            submitLabel={t('indicator.new')}
            onCancel={() => setAdding(false)}
            onSubmit={(input) =>
              create.mutate({ objectiveId: objective.id, input }, { onSuccess: () => setAdding(false) })
            }
          />
        </div>
      ) : (
        <Button color="primary" outline onClick={() => setAdding(true)}>
          {t('indicator.new')}
        </Button>
      )}
    </section>
  );
}

function IndicatorSummary({ indicator: i }: { indicator: Indicator }) {
  const { t } = useTranslation('authoring');
  const facts = [
    i.target !== null || i.targetText
      ? t('indicator.targetSummary', { target: i.targetText ?? formatNumber(i.target) })
      : null,
    i.measurementDeadline
      ? t('indicator.deadlineSummary', { date: formatDate(i.measurementDeadline) })
      : null,
    i.weight !== null ? t('indicator.weightSummary', { weight: formatNumber(i.weight) }) : null,
  ].filter(Boolean);
  return (
    <>
      <h3 className="h6 mb-1">{t('indicator.summary', { code: i.code, title: i.title })}</h3>
      <p className="small text-secondary mb-0">{facts.join(' · ')}</p>
    </>
  );
}

function EditIndicator({
  planId,
  indicator,
  years,
  onDone,
  reload,
}: {
  planId: string;
  indicator: Indicator;
  years: string[];
  onDone: () => void;
  reload: () => Promise<Indicator | undefined>;
}) {
  const { t } = useTranslation('authoring');
  const update = useUpdateIndicator(planId);
  const [base, setBase] = useState(indicator);
  const [stale, setStale] = useState<string[]>();
  const [formKey, setFormKey] = useState(0);
  const labels: Record<string, string> = {
    code: t('indicator.code'),
    title: t('indicator.title'),
    formula: t('indicator.formula'),
    expression: t('indicator.expression'),
    purpose: t('indicator.purpose'),
    polarity: t('indicator.polarity'),
    binary: t('indicator.binary'),
    unitOfMeasure: t('indicator.unitOfMeasure'),
    baseline: t('indicator.baseline'),
    target: t('indicator.target'),
    targetText: t('indicator.targetText'),
    targetsByYear: t('indicator.target'),
    weight: t('indicator.weight'),
    measurementDeadline: t('indicator.deadline'),
  };
  return (
    <div className="mt-3">
      <SaveError error={update.error} staleFields={stale} />
      <IndicatorForm
        key={formKey}
        idPrefix={`indicator-${indicator.id}`}
        initial={valuesOf(years, base)}
        years={years}
        pending={update.isPending}
        serverErrors={apiFieldErrors(update.error)}
        submitLabel={t('common.save')}
        onCancel={onDone}
        onSubmit={(input) =>
          update.mutate(
            { id: base.id, changes: { ...input, rowVersion: base.rowVersion } },
            {
              onSuccess: onDone,
              onError: async (error) => {
                if (!isStale(error)) return;
                const fresh = await reload();
                if (!fresh) return;
                const fields = Object.keys(labels).filter(
                  (k): k is keyof CreateIndicator & keyof Indicator => k in fresh,
                );
                setStale(changedFields({ ...fresh, ...input }, fresh, fields).map((f) => labels[f] ?? f));
                setBase(fresh);
                setFormKey((k) => k + 1);
              },
            },
          )
        }
      />
    </div>
  );
}

function IndicatorForm({
  idPrefix,
  initial,
  years,
  pending,
  serverErrors,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: Values;
  years: string[];
  pending: boolean;
  serverErrors: FieldErrors;
  submitLabel: string;
  onSubmit: (input: CreateIndicator) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('authoring');
  const messages = useIssueMessages();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set =
    <K extends keyof Values>(field: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  const shown = { ...serverErrors, ...errors };
  const id = (field: string) => `${idPrefix}-${field}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parse(values);
    if (!parsed.success) {
      const found = issuesToErrors(parsed.error.issues, messages);
      for (const f of NUMBER_FIELDS)
        if (Number.isNaN(parseDecimal(values[f]))) found[f] = t('common.invalidNumber');
      setErrors(found);
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  };
  return (
    <form onSubmit={submit} noValidate className="pt-4">
      <div className="row">
        <div className="col-md-3">
          <InputField
            id={id('code')}
            label={t('indicator.code')}
            required
            value={values.code}
            onChange={set('code')}
            error={shown.code}
          />
        </div>
        <div className="col-md-9">
          <InputField
            id={id('title')}
            label={t('indicator.title')}
            required
            value={values.title}
            onChange={set('title')}
            error={shown.title}
          />
        </div>
      </div>
      <InputField
        id={id('formula')}
        label={t('indicator.formula')}
        value={values.formula}
        onChange={set('formula')}
        error={shown.formula}
      />
      <InputField
        id={id('expression')}
        label={t('indicator.expression')}
        hint={t('indicator.expressionHint')}
        value={values.expression}
        onChange={set('expression')}
        error={shown.expression}
      />
      <TextAreaField
        id={id('purpose')}
        label={t('indicator.purpose')}
        value={values.purpose}
        onChange={set('purpose')}
        error={shown.purpose}
      />
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id={id('polarity')}
            label={t('indicator.polarity')}
            value={values.polarity}
            onChange={set('polarity')}
          >
            <option value="positive">{t('indicator.polarityPositive')}</option>
            <option value="negative">{t('indicator.polarityNegative')}</option>
          </SelectField>
        </div>
        <div className="col-md-6">
          <CheckboxField
            id={id('binary')}
            label={t('indicator.binary')}
            checked={values.binary}
            onChange={set('binary')}
          />
        </div>
      </div>
      <div className="row">
        <div className="col-md-3">
          <InputField
            id={id('unitOfMeasure')}
            label={t('indicator.unitOfMeasure')}
            value={values.unitOfMeasure}
            onChange={set('unitOfMeasure')}
            error={shown.unitOfMeasure}
          />
        </div>
        <div className="col-md-3">
          <InputField
            id={id('baseline')}
            label={t('indicator.baseline')}
            inputMode="decimal"
            value={values.baseline}
            onChange={set('baseline')}
            error={shown.baseline}
          />
        </div>
        <div className="col-md-3">
          <InputField
            id={id('target')}
            label={t('indicator.target')}
            inputMode="decimal"
            value={values.target}
            onChange={set('target')}
            error={shown.target}
          />
        </div>
        <div className="col-md-3">
          <InputField
            id={id('weight')}
            label={t('indicator.weight')}
            inputMode="decimal"
            value={values.weight}
            onChange={set('weight')}
            error={shown.weight}
          />
        </div>
      </div>
      <InputField
        id={id('targetText')}
        label={t('indicator.targetText')}
        value={values.targetText}
        onChange={set('targetText')}
        error={shown.targetText}
      />
      {years.length > 0 && (
        <div className="row">
          {years.map((year) => (
            <div key={year} className="col-md-4">
              <InputField
                id={id(`target-${year}`)}
                label={t('indicator.targetsByYear', { year })}
                inputMode="decimal"
                value={values.targetsByYear[year] ?? ''}
                onChange={(text) => set('targetsByYear')({ ...values.targetsByYear, [year]: text })}
                error={shown.targetsByYear}
              />
            </div>
          ))}
        </div>
      )}
      <InputField
        id={id('deadline')}
        type="date"
        label={t('indicator.deadline')}
        value={values.measurementDeadline}
        onChange={set('measurementDeadline')}
        error={shown.measurementDeadline}
      />
      <div className="d-flex gap-2">
        <Button color="primary" type="submit" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </Button>
        <Button color="secondary" outline type="button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
