import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadError, Loading } from '../ui/query-state.tsx';
import { useMe } from './auth.api.ts';

/** Pages behind it need a session: without one, the login page, which brings the user back here. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Only same-site paths are followed after login (no open redirect). */
export function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}
