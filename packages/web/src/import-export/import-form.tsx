import { IMPORT_LIMITS } from '@traguardo/domain/import/import-limits';
import { PLAN_KINDS } from '@traguardo/domain/plan/plan.schema';
import { Button } from 'design-react-kit';
import type { FormEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField } from '../authoring/form-fields.tsx';
import {
  ACCEPTED_EXTENSIONS,
  FIELD_ORDER,
  type FieldProblems,
  formatBytes,
  type ImportField,
  type ImportFormValues,
} from './import-form-values.ts';

const FIELD_IDS: Record<ImportField, string> = {
  title: 'import-title',
  kind: 'import-kind',
  year: 'import-year',
  endYear: 'import-end-year',
  file: 'import-file',
};

/** Title, kind, years and the file; an error summary above, focused after a refused submit. */
export function ImportForm({
  values,
  onValues,
  file,
  onFile,
  problems,
  summaryRef,
  busy,
  onSubmit,
}: {
  values: ImportFormValues;
  onValues: (values: ImportFormValues) => void;
  file: File | null;
  onFile: (file: File | null) => void;
  problems: FieldProblems;
  summaryRef: Ref<HTMLDivElement>;
  busy: boolean;
  onSubmit: () => void;
}) {
  const { t } = useTranslation('importExport');
  const { t: tp } = useTranslation('plans');
  const message = (field: ImportField) => {
    const problem = problems[field];
    return problem ? t(`invalid.${problem.key}`, problem.values) : undefined;
  };
  const set = (field: keyof ImportFormValues) => (value: string) => onValues({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const listed = FIELD_ORDER.filter((f) => problems[f]);
  const fileError = message('file');

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-form-legend">
      {listed.length > 0 && (
        <div className="alert alert-danger" tabIndex={-1} ref={summaryRef} data-testid="import-form-errors">
          <p className="fw-semibold mb-2">{t('invalid.summary')}</p>
          <ul className="mb-0">
            {listed.map((field) => (
              <li key={field}>
                <a
                  href={`#${FIELD_IDS[field]}`}
                  onClick={(event) => {
                    // Scrolling to the field is not enough: the cursor goes into it.
                    event.preventDefault();
                    document.getElementById(FIELD_IDS[field])?.focus();
                  }}
                >
                  {message(field)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset disabled={busy}>
        <legend id="import-form-legend" className="h4 mb-4 px-0">
          {t('form.legend')}
        </legend>
        <InputField
          id={FIELD_IDS.title}
          label={t('form.title')}
          hint={t('form.titleHint')}
          required
          value={values.title}
          onChange={set('title')}
          error={message('title')}
        />
        <SelectField
          id={FIELD_IDS.kind}
          label={t('form.kind')}
          value={values.kind}
          onChange={set('kind')}
          error={message('kind')}
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
              id={FIELD_IDS.year}
              label={t('form.year')}
              hint={t('form.yearHint')}
              required
              inputMode="numeric"
              value={values.year}
              onChange={set('year')}
              error={message('year')}
            />
          </div>
          <div className="col-sm-6">
            <InputField
              id={FIELD_IDS.endYear}
              label={t('form.endYear')}
              hint={t('form.endYearHint')}
              inputMode="numeric"
              value={values.endYear}
              onChange={set('endYear')}
              error={message('endYear')}
            />
          </div>
        </div>
        <div className="form-group">
          <label htmlFor={FIELD_IDS.file} className="form-label active d-block">
            {t('form.file')}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={FIELD_IDS.file}
            name="file"
            type="file"
            accept={ACCEPTED_EXTENSIONS.join(',')}
            required
            className={`form-control${fileError ? ' is-invalid' : ''}`}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${FIELD_IDS.file}-hint${fileError ? ` ${FIELD_IDS.file}-error` : ''}`}
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          />
          <small id={`${FIELD_IDS.file}-hint`} className="form-text d-block">
            {t('form.fileHint', { max: formatBytes(IMPORT_LIMITS.fileBytes) })}
            {file && (
              <span className="d-block">
                {t('form.chosen', { name: file.name, size: formatBytes(file.size) })}
              </span>
            )}
          </small>
          {fileError && (
            <div id={`${FIELD_IDS.file}-error`} className="invalid-feedback d-block">
              {fileError}
            </div>
          )}
        </div>
        <Button color="primary" type="submit">
          {busy ? t('form.submitting') : t('form.submit')}
        </Button>
      </fieldset>
    </form>
  );
}
