/** Minimum strength of a password (AgID / OWASP ASVS level 1): long enough and not trivially guessable. */
export const PASSWORD_MIN_LENGTH = 10;

const COMMON = new Set([
  'password123',
  'password1234',
  'passwordpassword',
  'qwertyuiop',
  '1234567890',
  '0123456789',
  'abcdefghij',
  'iloveyou12',
  'traguardo1',
  'traguardo123',
  'comune1234',
  'cambiami123',
  'benvenuto1',
  'benvenuto123',
]);

/** The reasons a password is refused (Italian, shown to the user); empty when it is acceptable. */
export function passwordProblems(
  password: string,
  context: { email?: string; name?: string } = {},
): string[] {
  const problems: string[] = [];
  const lower = password.toLowerCase();
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`almeno ${PASSWORD_MIN_LENGTH} caratteri`);
  if (new Set(password).size < 4) problems.push('troppo pochi caratteri diversi');
  if (COMMON.has(lower)) problems.push('password troppo comune');
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    problems.push("non deve contenere l'indirizzo email");
  return problems;
}
