import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['corta', true],
    ['aaaaaaaaaaaa', true],
    ['Password123', true],
    ['una-password-lunga', false],
    ['traguardo-demo', false],
  ])('%s is refused: %s', (password, refused) => {
    expect(passwordProblems(password).length > 0).toBe(refused);
  });

  it('refuses a password containing the email name', () => {
    expect(passwordProblems('mario.rossi-2024', { email: 'mario.rossi@comune.it' })).toContain(
      "non deve contenere l'indirizzo email",
    );
  });
});
