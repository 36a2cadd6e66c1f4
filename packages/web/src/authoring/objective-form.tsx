import { OBJECTIVE_KINDS, type Objective, type PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { type CreateObjective, CreateObjectiveSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import type { PersonItem, UnitItem } from '@traguardo/domain/plan/units-people.schema';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, InputField, SelectField, TextAreaField, useIssueMessages } from './form-fields.tsx';
import { decimalText, type FieldErrors, issuesToErrors, parseDecimal } from './form-values.ts';

export type ObjectiveValues = {
  code: string;
  title: string;
  definition: string;
  kind: string;
  strategicLineId: string;
  unitId: string;
  responsiblePersonId: string;
  allStaff: boolean;
  assigneeIds: string[];
  weight: string;
  periodText: string;
  periodStart: string;
  periodEnd: string;
  humanResources: string;
  instrumentalResources: string;
  financialResources: string;
};

export function objectiveValues(lineId: string, o?: Objective): ObjectiveValues {
  return {
    code: o?.code ?? '',
    title: o?.title ?? '',
    definition: o?.definition ?? '',
    kind: o?.kind ?? 'operational',
    strategicLineId: lineId,
    unitId: o?.unit?.id ?? '',
    responsiblePersonId: o?.responsible?.id ?? '',
    allStaff: o?.allStaff ?? false,
    assigneeIds: o?.assignees.map((a) => a.id) ?? [],
    weight: decimalText(o?.weight),
    periodText: o?.periodText ?? '',
    periodStart: o?.periodStart ?? '',
    periodEnd: o?.periodEnd ?? '',
    humanResources: o?.humanResources ?? '',
    instrumentalResources: o?.instrumentalResources ?? '',
    financialResources: o?.financialResources ?? '',
  };
}

/** The form's strings as the API's objective: empty choices are "none", numbers in Italian form. */
export function parseObjective(values: ObjectiveValues) {
  const blank = (s: string) => (s === '' ? null : s);
  return CreateObjectiveSchema.safeParse({
    ...values,
    unitId: blank(values.unitId),
    responsiblePersonId: blank(values.responsiblePersonId),
    assigneeIds: values.allStaff ? [] : values.assigneeIds,
    weight: parseDecimal(values.weight),
    periodStart: blank(values.periodStart),
    periodEnd: blank(values.periodEnd),
  });
}

/** Code, title, definition, kind, line, unit, responsible, who, weight, period and resources. */
export function ObjectiveForm({
  plan,
  initial,
  units,
  people,
  submitLabel,
  pending,
  serverErrors,
  onSubmit,
}: {
  plan: PlanDocument;
  initial: ObjectiveValues;
  units: UnitItem[];
  people: PersonItem[];
  submitLabel: string;
  pending: boolean;
  serverErrors: FieldErrors;
  onSubmit: (objective: CreateObjective, values: ObjectiveValues) => void;
}) {
  const { t } = useTranslation('authoring');
  const { t: tp } = useTranslation('plans');
  const messages = useIssueMessages();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set =
    <K extends keyof ObjectiveValues>(field: K) =>
    (value: ObjectiveValues[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  const shown = { ...serverErrors, ...errors };
  const text = (field: keyof ObjectiveValues & string, label: string, required = false) => {
    const value = values[field];
    return typeof value === 'string' ? (
      <InputField
        id={`objective-${field}`}
        label={label}
        required={required}
        value={value}
        onChange={set(field)}
        error={shown[field]}
      />
    ) : null;
  };
  const area = (
    field: 'definition' | 'humanResources' | 'instrumentalResources' | 'financialResources',
    label: string,
  ) => (
    <TextAreaField
      id={`objective-${field}`}
      label={label}
      value={values[field]}
      onChange={set(field)}
      error={shown[field]}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseObjective(values);
    if (!parsed.success) {
      const found = issuesToErrors(parsed.error.issues, messages);
      if (Number.isNaN(parseDecimal(values.weight))) found.weight = t('common.invalidNumber');
      setErrors(found);
      return;
    }
    setErrors({});
    onSubmit(parsed.data, values);
  };

  return (
    <form onSubmit={submit} noValidate className="pt-4">
      <div className="row">
        <div className="col-md-3">{text('code', t('objective.code'), true)}</div>
        <div className="col-md-9">{text('title', t('objective.title'), true)}</div>
      </div>
      {area('definition', t('objective.definition'))}
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id="objective-kind"
            label={t('objective.kind')}
            value={values.kind}
            onChange={set('kind')}
            error={shown.kind}
          >
            {OBJECTIVE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tp(`objectiveKind.${k}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6">
          <SelectField
            id="objective-line"
            label={t('objective.line')}
            value={values.strategicLineId}
            onChange={set('strategicLineId')}
            error={shown.strategicLineId}
          >
            {plan.strategicLines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id="objective-unit"
            label={t('objective.unit')}
            value={values.unitId}
            onChange={set('unitId')}
            error={shown.unitId}
          >
            <option value="">{t('common.none')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6">
          <SelectField
            id="objective-responsible"
            label={t('objective.responsible')}
            value={values.responsiblePersonId}
            onChange={set('responsiblePersonId')}
            error={shown.responsiblePersonId}
          >
            <option value="">{t('common.none')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <fieldset className="mb-4">
        <legend className="h6">{t('objective.assignees')}</legend>
        <CheckboxField
          id="objective-allStaff"
          label={t('objective.allStaff')}
          checked={values.allStaff}
          onChange={set('allStaff')}
        />
        {!values.allStaff && (
          <div className="mb-3">
            <label htmlFor="objective-assignees" className="visually-hidden">
              {t('objective.assignees')}
            </label>
            <select
              id="objective-assignees"
              multiple
              size={Math.min(8, Math.max(3, people.length))}
              className="form-control"
              value={values.assigneeIds}
              aria-invalid={shown.assigneeIds ? true : undefined}
              onChange={(event) => set('assigneeIds')([...event.target.selectedOptions].map((o) => o.value))}
            >
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {shown.assigneeIds && <div className="invalid-feedback d-block">{shown.assigneeIds}</div>}
          </div>
        )}
      </fieldset>
      <div className="row">
        <div className="col-md-3">
          <InputField
            id="objective-weight"
            label={t('objective.weight')}
            inputMode="decimal"
            value={values.weight}
            onChange={set('weight')}
            error={shown.weight}
          />
        </div>
        <div className="col-md-3">{text('periodText', t('objective.periodText'))}</div>
        <div className="col-md-3">
          <InputField
            id="objective-periodStart"
            type="date"
            label={t('objective.periodStart')}
            value={values.periodStart}
            onChange={set('periodStart')}
            error={shown.periodStart}
          />
        </div>
        <div className="col-md-3">
          <InputField
            id="objective-periodEnd"
            type="date"
            label={t('objective.periodEnd')}
            value={values.periodEnd}
            onChange={set('periodEnd')}
            error={shown.periodEnd}
          />
        </div>
      </div>
      {area('humanResources', t('objective.humanResources'))}
      {area('instrumentalResources', t('objective.instrumentalResources'))}
      {area('financialResources', t('objective.financialResources'))}
      <Button color="primary" type="submit" disabled={pending}>
        {pending ? t('common.saving') : submitLabel}
      </Button>
    </form>
  );
}
