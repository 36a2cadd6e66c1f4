import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { TextField } from '../ui/text-field.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { login, meQueryKey, useMe } from './auth.api.ts';
import { safeNext } from './require-auth.tsx';

export function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.title'));
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Another user may have used this browser: nothing cached may survive the change.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, user);
      navigate(next, { replace: true });
    },
  });

  if (me.data && !mutation.isPending && !mutation.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ready = email.trim() !== '' && password !== '';
    setMissing(!ready);
    if (ready) mutation.mutate({ email: email.trim(), password });
  };

  const error = missing ? t('login.missing') : mutation.error ? loginErrorText(mutation.error, t) : null;

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-5">
        <h1 className="h2 mb-2">{t('login.title')}</h1>
        <p className="mb-4">{t('login.intro')}</p>
        <Card rounded shadow="sm">
          <div className="it-card-body p-4">
            {error && (
              <Alert color="danger" fade={false} role="alert" className="mb-4">
                {error}
              </Alert>
            )}
            <form onSubmit={submit} noValidate className="mt-3">
              <TextField
                id="login-email"
                name="email"
                type="email"
                label={t('login.email')}
                autoComplete="username"
                value={email}
                onValueChange={setEmail}
                required
              />
              <TextField
                id="login-password"
                name="password"
                type="password"
                label={t('login.password')}
                autoComplete="current-password"
                value={password}
                onValueChange={setPassword}
                required
              />
              <Button color="primary" type="submit" className="w-100" disabled={mutation.isPending}>
                {mutation.isPending ? t('login.submitting') : t('login.submit')}
              </Button>
            </form>
          </div>
        </Card>
      </div>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<'auth'>>['t'];

function loginErrorText(error: Error, t: Translate): string {
  if (!(error instanceof ApiError)) return t('login.failed');
  if (error.status === 401) return t('login.wrongCredentials');
  if (error.status === 429) {
    const minutes = error.retryAfterSeconds ? Math.ceil(error.retryAfterSeconds / 60) : null;
    return minutes ? t('login.throttled', { minutes }) : t('login.throttledNoTime');
  }
  return t('login.failed');
}
