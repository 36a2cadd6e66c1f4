import type { ChangeTargetType } from '@traguardo/domain/change-request/change-request.schema';
import { formatLocalDate as formatDate, formatNumber, monthNames } from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/text-field.tsx';
import { CHANGE_KINDS, type ChangeForm, type ChangeKind, emptyChangeForm } from './build-changes.ts';
import type { PlanItem } from './plan-items.ts';

type Props = {
  idPrefix: string;
  type: ChangeTargetType;
  item: PlanItem | null;
  plan: PlanDocument;
  form: ChangeForm;
  onChange: (form: ChangeForm) => void;
  /** The field to fix, with its message. */
  error?: { field: keyof ChangeForm; message: string } | null;
};

function currentValue(kind: ChangeKind, item: PlanItem | null): string | null {
  const c = item?.current;
  if (!c) return null;
  switch (kind) {
    case 'target':
      return c.targetText ?? formatNumber(c.target);
    case 'weight':
      return formatNumber(c.weight);
    case 'formula':
      return c.formula ?? '';
    case 'title':
      return c.title;
    case 'deadline':
      return formatDate(c.measurementDeadline);
    default:
      return null;
  }
}

/** The fields of one change, by kind: what a manager asks and what the Nucleo adopts. */
export function ChangeEditor({ idPrefix, type, item, plan, form, onChange, error }: Props) {
  const { t, i18n } = useTranslation('changeRequests');
  const kinds: readonly ChangeKind[] = CHANGE_KINDS[type];
  const set = (patch: Partial<ChangeForm>) => onChange({ ...form, ...patch });
  const id = (name: string) => `${idPrefix}-${name}`;
  const fieldError = (field: keyof ChangeForm) =>
    error?.field === field ? (
      <div className="invalid-feedback d-block" id={id(`${field}-error`)}>
        {error.message}
      </div>
    ) : null;
  const current = currentValue(form.kind, item);
  const months = monthNames(i18n.language === 'en' ? 'en-GB' : 'it-IT');

  return (
    <fieldset className="mb-3">
      <div className="select-wrapper mb-4">
        <label htmlFor={id('kind')}>{t('form.kind')}</label>
        <select
          id={id('kind')}
          value={form.kind}
          onChange={(e) => {
            const kind = kinds.find((k) => k === e.target.value);
            if (kind) onChange({ ...emptyChangeForm(kind), objectiveWeight: form.objectiveWeight });
          }}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`form.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>

      {(['target', 'weight', 'formula', 'title'] as const).some((k) => k === form.kind) && (
        <>
          <TextField
            id={id('value')}
            label={t('form.value')}
            value={form.value}
            onValueChange={(value) => set({ value })}
            inputMode={form.kind === 'target' || form.kind === 'weight' ? 'decimal' : undefined}
            aria-invalid={error?.field === 'value' || undefined}
            aria-describedby={error?.field === 'value' ? id('value-error') : undefined}
          />
          {fieldError('value')}
          {current !== null && (
            <p className="small text-secondary">{t('form.currentValue', { value: current || '—' })}</p>
          )}
        </>
      )}

      {form.kind === 'deadline' && (
        <div className="form-group">
          <label htmlFor={id('deadline')} className="active">
            {t('form.kinds.deadline')}
          </label>
          <input
            id={id('deadline')}
            type="date"
            className="form-control"
            value={form.value}
            onChange={(e) => set({ value: e.target.value })}
          />
          {fieldError('value')}
          {current !== null && (
            <p className="small text-secondary">{t('form.currentValue', { value: current || '—' })}</p>
          )}
        </div>
      )}

      {form.kind === 'months' && (
        <fieldset className="mb-3">
          <legend className="h6">{t('form.months')}</legend>
          <div className="d-flex flex-wrap gap-3">
            {months.map((name, n) => {
              const month = n + 1;
              const checked = form.months.includes(month);
              return (
                <div className="form-check form-check-inline" key={name}>
                  <input
                    id={id(`month-${month}`)}
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      set({
                        months: checked ? form.months.filter((m) => m !== month) : [...form.months, month],
                      })
                    }
                  />
                  <label htmlFor={id(`month-${month}`)}>{name}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}

      {form.kind === 'remove' && <p className="alert alert-warning">{t('form.removeNote')}</p>}

      {form.kind === 'replace' && (
        <>
          <TextField
            id={id('replace-title')}
            label={t('form.replaceTitle')}
            value={form.replaceTitle}
            onValueChange={(replaceTitle) => set({ replaceTitle })}
          />
          {fieldError('replaceTitle')}
          <TextField
            id={id('replace-code')}
            label={t('form.replaceCode')}
            value={form.replaceCode}
            onValueChange={(replaceCode) => set({ replaceCode })}
          />
          <TextField
            id={id('replace-formula')}
            label={t('form.replaceFormula')}
            value={form.replaceFormula}
            onValueChange={(replaceFormula) => set({ replaceFormula })}
          />
          <TextField
            id={id('replace-target')}
            label={t('form.replaceTarget')}
            value={form.replaceTarget}
            onValueChange={(replaceTarget) => set({ replaceTarget })}
            inputMode="decimal"
          />
          {fieldError('replaceTarget')}
        </>
      )}

      {form.kind === 'newObjective' && (
        <>
          <div className="select-wrapper mb-4">
            <label htmlFor={id('line')}>{t('form.line')}</label>
            <select id={id('line')} value={form.lineId} onChange={(e) => set({ lineId: e.target.value })}>
              <option value="">{t('form.chooseTarget')}</option>
              {plan.strategicLines.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </select>
            {fieldError('lineId')}
          </div>
          <TextField
            id={id('code')}
            label={t('form.code')}
            value={form.code}
            onValueChange={(code) => set({ code })}
          />
          {fieldError('code')}
          <TextField
            id={id('title')}
            label={t('form.objectiveTitle')}
            value={form.title}
            onValueChange={(title) => set({ title })}
          />
          {fieldError('title')}
          <TextField
            id={id('value')}
            label={t('form.kinds.weight')}
            value={form.value}
            onValueChange={(value) => set({ value })}
            inputMode="decimal"
          />
          {fieldError('value')}
        </>
      )}

      {(type === 'indicator' || type === 'phase') && (
        <>
          <TextField
            id={id('objective-weight')}
            label={t('form.objectiveWeight')}
            value={form.objectiveWeight}
            onValueChange={(objectiveWeight) => set({ objectiveWeight })}
            inputMode="decimal"
          />
          {fieldError('objectiveWeight')}
        </>
      )}
    </fieldset>
  );
}
