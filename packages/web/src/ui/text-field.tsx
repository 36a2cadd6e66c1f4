import { type InputHTMLAttributes, useState } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
};

/**
 * A Bootstrap Italia text field (label above the value, raised while focused or filled). Written here
 * rather than taken from design-react-kit's Input, which pulls in its whole icon set (≈180 chunks).
 * A placeholder keeps the label raised: Bootstrap Italia draws a lowered label over the placeholder.
 */
export function TextField({ id, label, value, onValueChange, className, ...input }: Props) {
  const [focused, setFocused] = useState(false);
  return (
    <div className="form-group">
      <label htmlFor={id} className={focused || value !== '' || input.placeholder ? 'active' : undefined}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className={['form-control', className].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
    </div>
  );
}
