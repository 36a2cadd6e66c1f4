import { useQueryClient } from '@tanstack/react-query';
import { monthInitials, monthNames } from '@traguardo/domain/format/italian';
import type { Objective, Phase } from '@traguardo/domain/plan/plan.schema';
import { CreatePhaseSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import { Button } from 'design-react-kit';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authoringKeys, updatePhase, useCreatePhase, useDeletePhase } from './authoring.api.ts';
import { DeleteButton, InputField, useIssueMessages } from './form-fields.tsx';
import { apiFieldErrors, type FieldErrors, issuesToErrors } from './form-values.ts';
import { SaveError } from './save-feedback.tsx';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

function useMonthLabels() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'it-IT';
  return { initials: monthInitials(locale), names: monthNames(locale) };
}

const splitAssignees = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The activity calendar as an editable grid (G F M A M G L A S O N D): each month is a toggle
 * button (Space or Enter, aria-pressed), saved at once. Clicks in quick succession are queued so
 * each save starts from the version the previous one produced.
 */
export function PhasesEditor({ planId, objective }: { planId: string; objective: Objective }) {
  const { t } = useTranslation('authoring');
  const { initials, names } = useMonthLabels();
  const phases = [...objective.phases].sort((a, b) => a.number - b.number);
  return (
    <section aria-labelledby="phases-heading" className="mb-5">
      <h2 id="phases-heading" className="h3">
        {t('phase.section')}
      </h2>
      {phases.length === 0 ? (
        <p>{t('phase.none')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-bordered phase-calendar phase-calendar-editor">
            <caption>{t('phase.caption', { code: objective.code })}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-center">
                  {t('phase.number')}
                </th>
                <th scope="col">{t('phase.title')}</th>
                <th scope="col">{t('phase.assignees')}</th>
                {MONTHS.map((m) => (
                  <th key={m} scope="col" className="text-center month">
                    <abbr title={names[m - 1]}>{initials[m - 1]}</abbr>
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('common.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {phases.map((p) => (
                <PhaseRow key={p.id} planId={planId} phase={p} monthNames={names} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewPhaseForm planId={planId} objectiveId={objective.id} />
    </section>
  );
}

function PhaseRow({
  planId,
  phase,
  monthNames: names,
}: {
  planId: string;
  phase: Phase;
  monthNames: string[];
}) {
  const { t } = useTranslation('authoring');
  const remove = useDeletePhase(planId);
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: authoringKeys.plan(planId) });
  const [months, setMonths] = useState(phase.months);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const latest = useRef({ months: phase.months, rowVersion: phase.rowVersion });
  const queue = useRef(Promise.resolve());
  const [editing, setEditing] = useState(false);

  const toggle = (month: number) => {
    const next = months.includes(month)
      ? months.filter((m) => m !== month)
      : [...months, month].sort((a, b) => a - b);
    setMonths(next);
    latest.current.months = next;
    setSaving(true);
    queue.current = queue.current.then(async () => {
      try {
        const saved = await updatePhase(phase.id, {
          months: latest.current.months,
          rowVersion: latest.current.rowVersion,
        });
        latest.current.rowVersion = saved.rowVersion;
        setError(null);
        void refresh();
      } catch (e) {
        setError(e);
      } finally {
        setSaving(false);
      }
    });
  };

  return (
    <>
      <tr id={`phase-${phase.id}`} data-phase={phase.number} tabIndex={-1}>
        <td className="text-center">{phase.number}</td>
        <th scope="row" className="fw-normal">
          {phase.title}
          <div>
            <Button
              color="primary"
              outline
              size="xs"
              className="mt-1"
              onClick={() => setEditing((e) => !e)}
              aria-expanded={editing}
            >
              {t('phase.editPhase', { number: phase.number })}
            </Button>
          </div>
        </th>
        <td>{phase.assignees.join(', ')}</td>
        {MONTHS.map((m) => {
          const planned = months.includes(m);
          return (
            <td key={m} className={`month p-0${planned ? ' planned' : ''}`} data-month={m}>
              <button
                type="button"
                className="month-toggle w-100 h-100 border-0 bg-transparent"
                aria-pressed={planned}
                aria-label={t('phase.monthToggle', { month: names[m - 1], number: phase.number })}
                onClick={() => toggle(m)}
              >
                <span aria-hidden="true">{planned ? '●' : ''}</span>
              </button>
            </td>
          );
        })}
        <td>
          <DeleteButton
            label={t('phase.delete', { number: phase.number })}
            name={`${phase.number} ${phase.title}`}
            onDelete={() => remove.mutate(phase.id)}
          />
        </td>
      </tr>
      {(editing || error || saving || remove.error) && (
        <tr>
          <td colSpan={16}>
            <p className="small mb-1" role="status" aria-live="polite">
              {saving ? t('phase.saving') : ''}
            </p>
            <SaveError error={error ?? remove.error} />
            {editing && (
              <PhaseDetailsForm
                phase={phase}
                rowVersion={() => latest.current.rowVersion}
                onSaved={(rowVersion) => {
                  latest.current.rowVersion = rowVersion;
                  setEditing(false);
                  void refresh();
                }}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

/** Number, description and who of an existing phase (the months are the grid's). */
function PhaseDetailsForm({
  phase,
  rowVersion,
  onSaved,
}: {
  phase: Phase;
  rowVersion: () => number;
  onSaved: (rowVersion: number) => void;
}) {
  const { t } = useTranslation('authoring');
  const messages = useIssueMessages();
  const [values, setValues] = useState({
    number: String(phase.number),
    title: phase.title,
    assignees: phase.assignees.join(', '),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const prefix = `phase-${phase.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreatePhaseSchema.safeParse({
      number: Number(values.number),
      title: values.title,
      assignees: splitAssignees(values.assignees),
    });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues, messages));
    setErrors({});
    setPending(true);
    try {
      const { months: _ignored, ...changes } = parsed.data;
      const saved = await updatePhase(phase.id, { ...changes, rowVersion: rowVersion() });
      onSaved(saved.rowVersion);
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="row g-2 align-items-end pt-4">
      <SaveError error={error} />
      <div className="col-md-2">
        <InputField
          id={`${prefix}-number`}
          label={t('phase.number')}
          inputMode="numeric"
          value={values.number}
          onChange={(v) => setValues({ ...values, number: v })}
          error={errors.number}
        />
      </div>
      <div className="col-md-5">
        <InputField
          id={`${prefix}-title`}
          label={t('phase.title')}
          required
          value={values.title}
          onChange={(v) => setValues({ ...values, title: v })}
          error={errors.title}
        />
      </div>
      <div className="col-md-5">
        <InputField
          id={`${prefix}-assignees`}
          label={t('phase.assignees')}
          value={values.assignees}
          onChange={(v) => setValues({ ...values, assignees: v })}
          error={errors.assignees}
        />
      </div>
      <div className="col-12">
        <Button color="primary" type="submit" size="sm" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}

/** A new phase: its number (next free if left empty), description, who, and its months on a grid. */
function NewPhaseForm({ planId, objectiveId }: { planId: string; objectiveId: string }) {
  const { t } = useTranslation('authoring');
  const messages = useIssueMessages();
  const { initials, names } = useMonthLabels();
  const create = useCreatePhase(planId);
  const empty = { number: '', title: '', assignees: '', months: [] as number[] };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreatePhaseSchema.safeParse({
      number: values.number.trim() === '' ? undefined : Number(values.number),
      title: values.title,
      assignees: splitAssignees(values.assignees),
      months: values.months,
    });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues, messages));
    setErrors({});
    create.mutate({ objectiveId, input: parsed.data }, { onSuccess: () => setValues(empty) });
  };
  const shown = { ...apiFieldErrors(create.error), ...errors };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="new-phase-heading"
      className="border rounded p-3 mt-3"
    >
      <h3 id="new-phase-heading" className="h5 mb-5">
        {t('phase.new')}
      </h3>
      <SaveError error={create.error} />
      <div className="row">
        <div className="col-md-2">
          <InputField
            id="new-phase-number"
            label={t('phase.number')}
            inputMode="numeric"
            value={values.number}
            onChange={(v) => setValues({ ...values, number: v })}
            error={shown.number}
          />
        </div>
        <div className="col-md-10">
          <InputField
            id="new-phase-title"
            label={t('phase.title')}
            required
            value={values.title}
            onChange={(v) => setValues({ ...values, title: v })}
            error={shown.title}
          />
        </div>
      </div>
      <InputField
        id="new-phase-assignees"
        label={t('phase.assignees')}
        hint={t('phase.assigneesHint')}
        value={values.assignees}
        onChange={(v) => setValues({ ...values, assignees: v })}
        error={shown.assignees}
      />
      <fieldset className="mb-3">
        <legend className="h6">{t('phase.months')}</legend>
        <div className="d-flex flex-wrap gap-1" role="group">
          {MONTHS.map((m) => {
            const planned = values.months.includes(m);
            return (
              <button
                key={m}
                type="button"
                className={`btn btn-sm ${planned ? 'btn-primary' : 'btn-outline-primary'}`}
                aria-pressed={planned}
                aria-label={names[m - 1]}
                title={names[m - 1]}
                onClick={() =>
                  setValues({
                    ...values,
                    months: planned
                      ? values.months.filter((x) => x !== m)
                      : [...values.months, m].sort((a, b) => a - b),
                  })
                }
              >
                {initials[m - 1]}
              </button>
            );
          })}
        </div>
      </fieldset>
      <Button color="primary" type="submit" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('phase.new')}
      </Button>
    </form>
  );
}
