import { useId } from 'react';

/**
 * A number typed the Italian way ("7,5", "1.000"), label always raised: the caller parses the text
 * and says what is wrong with it in `error`.
 */
export function DecimalField({
  label,
  text,
  onText,
  error,
  disabled,
  className = 'form-group',
}: {
  label: string;
  text: string;
  onText: (text: string) => void;
  error?: string;
  disabled?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        className={`form-control${error ? ' is-invalid' : ''}`}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onText(e.target.value)}
      />
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </div>
  );
}
