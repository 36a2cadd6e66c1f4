import type { AchievementRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { RecordMeasurement } from '@traguardo/domain/achievement/measurement.schema';
import { checkFormula } from '@traguardo/domain/formula/compile-formula';
import { LIMITS } from '@traguardo/domain/limits';
import type { Indicator } from '@traguardo/domain/plan/plan.schema';
import { Alert } from 'design-react-kit';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { TextField } from '../ui/text-field.tsx';
import { type Preview, previewCalculation } from './calculation-preview.ts';
import { useRecordMeasurement } from './monitoring.api.ts';
import { parseNumberInput } from './parse-number-input.ts';

/** Today, unless the measurement's deadline has passed: then the deadline (a late final measurement is dated to it). */
function defaultDate(deadline: string): string {
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return today > deadline ? deadline : today;
}

/**
 * A new measurement: interim or final, the date, the value (or the formula's variables), a note and
 * evidence files; the calculation is shown in words while typing, as the server will do it.
 */
export function MeasurementForm({
  planId,
  indicator,
  rules,
  deadline,
}: {
  planId: string;
  indicator: Indicator;
  rules: AchievementRules;
  /** When the indicator is due (its own deadline, else the end of the plan's first year). */
  deadline: string;
}) {
  const { t } = useTranslation('monitoring');
  const id = useId();
  const variablesOfFormula = useMemo(() => {
    if (!indicator.expression) return null;
    const check = checkFormula(indicator.expression);
    return check.ok ? check.variables : null;
  }, [indicator.expression]);
  const [final, setFinal] = useState(false);
  const [date, setDate] = useState(() => defaultDate(deadline));
  const [mode, setMode] = useState<'value' | 'variables'>(variablesOfFormula ? 'variables' : 'value');
  const [valueText, setValueText] = useState('');
  const [variableTexts, setVariableTexts] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [saved, setSaved] = useState(false);
  const record = useRecordMeasurement(indicator.id, planId);

  const byVariables = mode === 'variables' && variablesOfFormula !== null;
  const value = parseNumberInput(valueText);
  const variables = Object.fromEntries(
    (variablesOfFormula ?? []).map((name) => [name, parseNumberInput(variableTexts[name] ?? '')]),
  );
  const preview = previewCalculation({
    indicator,
    rules,
    date,
    value,
    invalidText: valueText,
    expression: byVariables ? indicator.expression : null,
    variables: byVariables ? variables : undefined,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const base = { date, final, note: note.trim() || null };
    let input: RecordMeasurement;
    if (byVariables) {
      const numbers: Record<string, number> = {};
      for (const [k, v] of Object.entries(variables)) if (typeof v === 'number') numbers[k] = v;
      input = { ...base, variables: numbers };
    } else {
      if (typeof value !== 'number') return;
      input = { ...base, value };
    }
    record.mutate(
      { input, files },
      {
        onSuccess: () => {
          setSaved(true);
          setValueText('');
          setVariableTexts({});
          setNote('');
          setFiles([]);
        },
      },
    );
  };

  const ready = preview.kind === 'ok';
  return (
    <section aria-labelledby={`${id}-title`} className="mb-5">
      <h2 id={`${id}-title`} className="h4">
        {t('form.title')}
      </h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="mb-3">
          <legend className="h6">{t('form.kind')}</legend>
          <div className="form-check form-check-inline">
            <input
              id={`${id}-interim`}
              type="radio"
              name="kind"
              checked={!final}
              onChange={() => setFinal(false)}
            />
            <label htmlFor={`${id}-interim`}>{t('form.interim')}</label>
          </div>
          <div className="form-check form-check-inline">
            <input
              id={`${id}-final`}
              type="radio"
              name="kind"
              checked={final}
              onChange={() => setFinal(true)}
            />
            <label htmlFor={`${id}-final`}>{t('form.final')}</label>
          </div>
        </fieldset>
        <div className="form-group">
          <label htmlFor={`${id}-date`} className="active">
            {t('form.date')}
          </label>
          <input
            id={`${id}-date`}
            type="date"
            className="form-control"
            value={date}
            required
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        {variablesOfFormula && (
          <fieldset className="mb-3">
            <legend className="h6">{t('form.mode')}</legend>
            <div className="form-check form-check-inline">
              <input
                id={`${id}-by-variables`}
                type="radio"
                name="mode"
                checked={mode === 'variables'}
                onChange={() => setMode('variables')}
              />
              <label htmlFor={`${id}-by-variables`}>{t('form.byVariables')}</label>
            </div>
            <div className="form-check form-check-inline">
              <input
                id={`${id}-by-value`}
                type="radio"
                name="mode"
                checked={mode === 'value'}
                onChange={() => setMode('value')}
              />
              <label htmlFor={`${id}-by-value`}>{t('form.byValue')}</label>
            </div>
          </fieldset>
        )}
        {byVariables ? (
          (variablesOfFormula ?? []).map((name) => (
            <TextField
              key={name}
              id={`${id}-var-${name}`}
              label={t('form.variable', { name })}
              inputMode="decimal"
              autoComplete="off"
              value={variableTexts[name] ?? ''}
              onValueChange={(v) => setVariableTexts({ ...variableTexts, [name]: v })}
            />
          ))
        ) : indicator.binary ? (
          <fieldset className="mb-3">
            <legend className="h6">{t('form.value')}</legend>
            {(['1', '0'] as const).map((v) => (
              <div className="form-check form-check-inline" key={v}>
                <input
                  id={`${id}-binary-${v}`}
                  type="radio"
                  name="binary"
                  checked={valueText === v}
                  onChange={() => setValueText(v)}
                />
                <label htmlFor={`${id}-binary-${v}`}>
                  {v === '1' ? t('form.binaryDone') : t('form.binaryNotDone')}
                </label>
              </div>
            ))}
          </fieldset>
        ) : (
          <>
            <TextField
              id={`${id}-value`}
              label={t('form.value')}
              inputMode="decimal"
              autoComplete="off"
              aria-describedby={`${id}-value-help`}
              value={valueText}
              onValueChange={setValueText}
            />
            <p id={`${id}-value-help`} className="small mt-n3">
              {t('form.valueHelp')}
            </p>
          </>
        )}
        <div className="mb-3" aria-live="polite">
          <h3 className="h6 mb-1">{t('form.preview')}</h3>
          <PreviewText preview={preview} />
        </div>
        <div className="form-group">
          <label htmlFor={`${id}-note`} className={note ? 'active' : undefined}>
            {t('form.note')}
          </label>
          <textarea
            id={`${id}-note`}
            className="form-control"
            rows={2}
            maxLength={LIMITS.longText}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="mb-3">
          <label htmlFor={`${id}-files`} className="form-label d-block">
            {t('form.evidence')}
          </label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.xlsx,.ods,.docx,.odt,.csv,.txt"
            aria-describedby={`${id}-files-help`}
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
          <p id={`${id}-files-help`} className="small">
            {t('form.evidenceHelp', { mb: Math.round(LIMITS.evidenceBytes / 1024 / 1024) })}
          </p>
        </div>
        <button type="submit" className="btn btn-primary" disabled={!ready || record.isPending}>
          {record.isPending ? t('form.saving') : t('form.submit')}
        </button>
      </form>
      <div role="status" className="mt-3">
        {saved && !record.isPending && (
          <Alert color="success" fade={false}>
            {t('form.saved')}
          </Alert>
        )}
      </div>
      {record.isError && <SubmitError error={record.error} />}
    </section>
  );
}

function PreviewText({ preview }: { preview: Preview }) {
  const { t } = useTranslation('monitoring');
  switch (preview.kind) {
    case 'empty':
      return <p className="text-secondary mb-0">{t('form.previewEmpty')}</p>;
    case 'invalid':
      return <p className="text-danger mb-0">{t('form.invalidNumber', { text: preview.text })}</p>;
    case 'formulaError': {
      const known = ['missing_variable', 'division_by_zero', 'invalid_variable', 'not_finite'] as const;
      const code = known.find((k) => k === preview.code);
      return (
        <p className="text-danger mb-0">
          {code
            ? t(`formulaError.${code}`, { subject: preview.subject })
            : t('formulaError.other', { message: preview.message })}
        </p>
      );
    }
    case 'ok':
      return (
        <p className="calculation mb-0" data-testid="calculation">
          {preview.words}
        </p>
      );
  }
}

function SubmitError({ error }: { error: Error }) {
  const { t } = useTranslation('monitoring');
  const details =
    error instanceof ApiError
      ? error.errors.length > 0
        ? error.errors.map((e) => e.message)
        : [error.detail]
      : [];
  return (
    <Alert color="danger" fade={false}>
      <p className="mb-1">{t('form.failed')}</p>
      {details.length > 0 && (
        <ul className="mb-0">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
