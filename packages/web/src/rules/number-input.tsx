import { formatNumber } from '@traguardo/domain/format/italian';
import { useState } from 'react';
import { parseNumberInput } from '../monitoring/parse-number-input.ts';
import { DecimalField } from '../ui/decimal-field.tsx';

/** A number typed the Italian way ("0,1", "1.000"); reports null when blank and 'invalid' when not a number. */
export function NumberInput({
  label,
  value,
  onChange,
  error,
  disabled,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null | 'invalid') => void;
  error?: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState(value === null ? '' : formatNumber(value));
  return (
    <DecimalField
      label={label}
      text={text}
      error={error}
      disabled={disabled}
      onText={(next) => {
        setText(next);
        onChange(parseNumberInput(next));
      }}
    />
  );
}
