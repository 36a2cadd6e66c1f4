import { defineTexts } from '../ui/define-texts.ts';

export const authTexts = defineTexts({
  it: {
    login: {
      title: 'Accesso a Traguardo',
      intro: 'Inserire le credenziali ricevute dall’amministratore dell’ente.',
      email: 'Indirizzo email',
      password: 'Password',
      submit: 'Accedi',
      submitting: 'Accesso in corso…',
      missing: 'Inserire l’indirizzo email e la password.',
      wrongCredentials: 'Indirizzo email o password non corretti.',
      throttled: 'Troppi tentativi di accesso non riusciti. Riprovare tra {{minutes}} minuti.',
      throttledNoTime: 'Troppi tentativi di accesso non riusciti. Riprovare più tardi.',
      failed: 'Accesso non riuscito. Riprovare tra qualche istante.',
      sessionExpired: 'La sessione è scaduta: accedere di nuovo.',
    },
  },
  en: {
    login: {
      title: 'Sign in to Traguardo',
      intro: 'Enter the credentials you received from your organisation’s administrator.',
      email: 'Email address',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      missing: 'Enter your email address and password.',
      wrongCredentials: 'Wrong email address or password.',
      throttled: 'Too many failed sign-in attempts. Try again in {{minutes}} minutes.',
      throttledNoTime: 'Too many failed sign-in attempts. Try again later.',
      failed: 'Sign-in failed. Try again in a moment.',
      sessionExpired: 'Your session has expired: please sign in again.',
    },
  },
});
