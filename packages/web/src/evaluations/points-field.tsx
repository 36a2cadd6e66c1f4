import { parseItalianNumber } from '@traguardo/domain/import/italian-number';
import { useTranslation } from 'react-i18next';
import { DecimalField } from '../ui/decimal-field.tsx';

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
  const invalid = parsePoints(text, max) === 'invalid';
  return (
    <DecimalField
      className="form-group mb-2"
      label={label}
      text={text}
      onText={onText}
      error={invalid ? t('score.invalid', { max }) : undefined}
    />
  );
}
