import { PLAN_KINDS, type PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { type CreatePlan, CreatePlanSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField, TextAreaField, useIssueMessages } from './form-fields.tsx';
import { type FieldErrors, issuesToErrors, parseInteger } from './form-values.ts';

type Values = { title: string; kind: string; startYear: string; endYear: string; introduction: string };

export const planFormValues = (plan?: PlanDocument): Values => ({
  title: plan?.title ?? '',
  kind: plan?.kind ?? 'performance_plan',
  startYear: plan ? String(plan.startYear) : String(new Date().getFullYear()),
  endYear: plan ? String(plan.endYear) : String(new Date().getFullYear()),
  introduction: plan?.introduction ?? '',
});

/** Title, kind, years and introduction: the same form creates a plan and edits a draft. */
export function PlanForm({
  initial,
  submitLabel,
  pending,
  serverErrors,
  onSubmit,
}: {
  initial: Values;
  submitLabel: string;
  pending: boolean;
  serverErrors: FieldErrors;
  onSubmit: (plan: CreatePlan) => void;
}) {
  const { t } = useTranslation('authoring');
  const { t: tp } = useTranslation('plans');
  const messages = useIssueMessages();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const shown = { ...serverErrors, ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreatePlanSchema.safeParse({
      ...values,
      startYear: parseInteger(values.startYear),
      endYear: parseInteger(values.endYear),
    });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues, messages));
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate className="pt-4">
      <InputField
        id="plan-title"
        label={t('plan.title')}
        required
        value={values.title}
        onChange={set('title')}
        error={shown.title}
      />
      <SelectField
        id="plan-kind"
        label={t('plan.kind')}
        value={values.kind}
        onChange={set('kind')}
        error={shown.kind}
      >
        {PLAN_KINDS.map((k) => (
          <option key={k} value={k}>
            {tp(`kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <div className="col-sm-6">
          <InputField
            id="plan-start-year"
            label={t('plan.startYear')}
            required
            inputMode="numeric"
            value={values.startYear}
            onChange={set('startYear')}
            error={shown.startYear}
          />
        </div>
        <div className="col-sm-6">
          <InputField
            id="plan-end-year"
            label={t('plan.endYear')}
            required
            inputMode="numeric"
            value={values.endYear}
            onChange={set('endYear')}
            error={shown.endYear}
          />
        </div>
      </div>
      <TextAreaField
        id="plan-introduction"
        label={t('plan.introduction')}
        hint={t('plan.introductionHint')}
        rows={8}
        value={values.introduction}
        onChange={set('introduction')}
        error={shown.introduction}
      />
      <Button color="primary" type="submit" disabled={pending}>
        {pending ? t('common.saving') : submitLabel}
      </Button>
    </form>
  );
}
