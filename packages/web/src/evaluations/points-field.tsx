import { parseItalianNumber } from '@traguardo/domain/import/italian-number';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Points typed the Italian way ("7,5"): null when blank, 'invalid' when not a number within 0..max. */
export function parsePoints(text: string, max: number): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const parsed = parseItalianNumber(text);
  if (!parsed.ok || parsed.text !== null || parsed.value === null) return 'invalid';
  return parsed.value >= 0 && parsed.value <= max ? parsed.value : 'invalid';
}

export function PointsField({
  label,
  max,
  text,
  onText,
}: {
  label: string;
  max: number;
  text: string;
  onText: (text: string) => void;
}) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const invalid = parsePoints(text, max) === 'invalid';
  return (
    <div className="form-group mb-2">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        className={`form-control${invalid ? ' is-invalid' : ''}`}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onText(e.target.value)}
      />
      {invalid && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {t('score.invalid', { max })}
        </div>
      )}
    </div>
  );
}
