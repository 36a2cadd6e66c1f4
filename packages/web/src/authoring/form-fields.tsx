import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type FieldErrors, type IssueMessages, issuesToErrors } from './form-values.ts';

/** The messages a form shows for invalid values, in the interface language. */
export function useIssueMessages(): IssueMessages {
  const { t } = useTranslation('authoring');
  return {
    required: t('common.required'),
    invalid: t('common.invalid'),
    tooLong: t('common.tooLong'),
    outOfRange: t('common.outOfRange'),
  };
}

/**
 * A form's values and the errors found before sending: `submitWith(send)` is the form's onSubmit,
 * which parses the values and sends only valid data (the errors shown otherwise).
 */
export function useParsedForm<V, D>(initial: V, parse: (values: V) => z.ZodSafeParseResult<D>) {
  const messages = useIssueMessages();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submitWith = (send: (data: D) => void) => (event: FormEvent) => {
    event.preventDefault();
    const parsed = parse(values);
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues, messages));
    setErrors({});
    send(parsed.data);
  };
  return { values, setValues, errors, submitWith };
}

type Common = { id: string; label: string; error?: string; hint?: string; required?: boolean };

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <small id={`${id}-hint`} className="form-text d-block">
          {hint}
        </small>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </>
  );
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id} className="active">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

/**
 * Form controls in the Bootstrap Italia look, label always raised (forms here are dense and
 * prefilled), error tied to the control with aria-describedby and aria-invalid.
 */
export function InputField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email' | 'number';
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoComplete?: string;
}) {
  return (
    <div className="form-group">
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  rows = 3,
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <div className="form-group">
      <Label id={id} label={label} required={required} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * Bootstrap Italia's select: `select-wrapper` draws the label and the browser's own arrow; the
 * Bootstrap `form-select` class would add a second arrow on top.
 */
export function SelectField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  children,
}: Common & { value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <div className="select-wrapper mb-4">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <select
        id={id}
        name={id}
        className={error ? 'is-invalid' : undefined}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  error,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  return (
    <div className="form-check mb-3">
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <Messages id={id} error={error} />
    </div>
  );
}

/** "Elimina" for one item of a list: says why it cannot go (`refusal`), else asks for confirmation first. */
export function DeleteButton({
  label,
  name,
  onDelete,
  refusal,
}: {
  label: string;
  name: string;
  onDelete: () => void;
  refusal?: string;
}) {
  const { t } = useTranslation('authoring');
  return (
    <Button
      color="danger"
      outline
      size="xs"
      aria-label={label}
      onClick={() => {
        if (refusal) return window.alert(refusal);
        if (window.confirm(t('common.confirmDelete', { name }))) onDelete();
      }}
    >
      {t('common.delete')}
    </Button>
  );
}
