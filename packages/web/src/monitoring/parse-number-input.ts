import { parseItalianNumber } from '@traguardo/domain/import/italian-number';

/** A number typed in a form, Italian or plain ("91.690", "0,1", "-3"): null when blank, 'invalid' when not a number. */
export function parseNumberInput(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const parsed = parseItalianNumber(text);
  if (!parsed.ok || parsed.text !== null || parsed.value === null) return 'invalid';
  return parsed.value;
}
