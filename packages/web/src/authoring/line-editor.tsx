import { useQuery } from '@tanstack/react-query';
import type { StrategicLine } from '@traguardo/domain/plan/plan.schema';
import {
  CreateStrategicLineSchema,
  type StrategicLineItem,
  StrategicLineItemSchema,
} from '@traguardo/domain/plan/plan-authoring.schema';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { Loading } from '../ui/query-state.tsx';
import { useCreateLine, useDeleteLine, useUpdateLine } from './authoring.api.ts';
import { DeleteButton, InputField, TextAreaField, useParsedForm } from './form-fields.tsx';
import { apiFieldErrors, changedFields, type FieldErrors } from './form-values.ts';
import { isStale, SaveError } from './save-feedback.tsx';

type Values = { title: string; code: string; description: string };
const valuesOf = (l?: { title: string; code: string | null; description: string | null }): Values => ({
  title: l?.title ?? '',
  code: l?.code ?? '',
  description: l?.description ?? '',
});

function LineFields({
  idPrefix,
  values,
  errors,
  onChange,
}: {
  idPrefix: string;
  values: Values;
  errors: FieldErrors;
  onChange: (values: Values) => void;
}) {
  const { t } = useTranslation('authoring');
  const set = (field: keyof Values) => (value: string) => onChange({ ...values, [field]: value });
  return (
    <>
      <InputField
        id={`${idPrefix}-title`}
        label={t('line.title')}
        required
        value={values.title}
        onChange={set('title')}
        error={errors.title}
      />
      <InputField
        id={`${idPrefix}-code`}
        label={t('line.code')}
        value={values.code}
        onChange={set('code')}
        error={errors.code}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('line.description')}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
    </>
  );
}

/** Adds a strategic line at the end of the plan. */
export function NewLineForm({ planId }: { planId: string }) {
  const { t } = useTranslation('authoring');
  const create = useCreateLine(planId);
  const { values, setValues, errors, submitWith } = useParsedForm(valuesOf(), (v) =>
    CreateStrategicLineSchema.safeParse(v),
  );
  const submit = submitWith((data) => {
    create.mutate(data, { onSuccess: () => setValues(valuesOf()) });
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-line-heading" className="mt-4">
      <h3 id="new-line-heading" className="h5 mb-5">
        {t('line.new')}
      </h3>
      <SaveError error={create.error} />
      <LineFields
        idPrefix="new-line"
        values={values}
        errors={{ ...apiFieldErrors(create.error), ...errors }}
        onChange={setValues}
      />
      <Button color="primary" type="submit" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('line.new')}
      </Button>
    </form>
  );
}

/** "Modifica" opens the line's form (with its row version, read fresh); "Elimina" removes an empty line. */
export function LineEditor({ planId, line }: { planId: string; line: StrategicLine }) {
  const { t } = useTranslation('authoring');
  const [open, setOpen] = useState(false);
  const remove = useDeleteLine(planId);
  return (
    <div className="mb-2">
      {!open && (
        <div className="d-flex gap-2">
          <Button
            color="primary"
            outline
            size="xs"
            onClick={() => setOpen(true)}
            aria-label={t('line.edit', { title: line.title })}
          >
            {t('common.edit')}
          </Button>
          <DeleteButton
            label={t('line.delete', { title: line.title })}
            name={line.title}
            onDelete={() => remove.mutate(line.id)}
            refusal={line.objectives.length > 0 ? t('line.notEmpty') : undefined}
          />
        </div>
      )}
      <SaveError error={remove.error} />
      {open && <LineEditForm planId={planId} lineId={line.id} onDone={() => setOpen(false)} />}
    </div>
  );
}

function LineEditForm({ planId, lineId, onDone }: { planId: string; lineId: string; onDone: () => void }) {
  const item = useQuery({
    queryKey: ['plans', planId, 'lines', lineId],
    queryFn: ({ signal }) => api(`/strategic-lines/${lineId}`, StrategicLineItemSchema, { signal }),
    staleTime: 0,
  });
  if (!item.data) return <Loading />;
  return (
    <LineForm
      planId={planId}
      line={item.data}
      onDone={onDone}
      reload={async () => (await item.refetch()).data}
    />
  );
}

function LineForm({
  planId,
  line,
  onDone,
  reload,
}: {
  planId: string;
  line: StrategicLineItem;
  onDone: () => void;
  reload: () => Promise<StrategicLineItem | undefined>;
}) {
  const { t } = useTranslation('authoring');
  const update = useUpdateLine(planId);
  // The version the editor works from; a conflict moves it to what is stored now.
  const [base, setBase] = useState(line);
  const { values, setValues, errors, submitWith } = useParsedForm(valuesOf(line), (v) =>
    CreateStrategicLineSchema.safeParse(v),
  );
  const [stale, setStale] = useState<string[]>();
  const submit = submitWith((data) => {
    update.mutate(
      { id: base.id, changes: { ...data, rowVersion: base.rowVersion } },
      {
        onSuccess: onDone,
        onError: async (error) => {
          if (!isStale(error)) return;
          const fresh = await reload();
          if (!fresh) return;
          const labels = { title: t('line.title'), code: t('line.code'), description: t('line.description') };
          setStale(changedFields(data, fresh, ['title', 'code', 'description']).map((f) => labels[f]));
          setBase(fresh);
          setValues(valuesOf(fresh));
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 pt-5 mb-3">
      <SaveError error={update.error} staleFields={stale} />
      <LineFields
        idPrefix={`line-${base.id}`}
        values={values}
        errors={{ ...apiFieldErrors(update.error), ...errors }}
        onChange={setValues}
      />
      <div className="d-flex gap-2">
        <Button color="primary" type="submit" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
        <Button color="secondary" outline type="button" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
