import { Skiplink, SkiplinkItem } from 'design-react-kit';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useMe } from '../auth/auth.api.ts';
import { AppHeader } from './app-header.tsx';
import { Loading } from './query-state.tsx';

/** The frame of every page: skip links, header, the page in <main>, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  const { pathname, hash } = useLocation();
  const previousPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page as a full load would (WCAG 2.4.3).
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    // A link to a part of the page (#line-…) focuses and scrolls to that part instead.
    if (hash) return;
    main.current?.focus({ preventScroll: true });
    // Bootstrap makes scrolling smooth, so a new page would glide up from the old page's position.
    window.scrollTo({ top: 0, behavior: 'instant' });
  }, [pathname, hash]);

  return (
    <>
      <ScrollRestoration />
      {/* design-react-kit drops a Skiplink's children unless it is rendered as a nav. */}
      <Skiplink nav ariaLabel={t('skipLinks')}>
        <SkiplinkItem navItem href="#main">
          {t('skipToContent')}
        </SkiplinkItem>
        <SkiplinkItem navItem href="#footer">
          {t('skipToFooter')}
        </SkiplinkItem>
      </Skiplink>
      <AppHeader me={me.data ?? null} />
      <main id="main" ref={main} tabIndex={-1} className="container-xxl py-4 flex-grow-1">
        <div className="row">
          <div className="col-12">
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </div>
        </div>
      </main>
      <footer id="footer" className="it-footer">
        <div className="it-footer-small-prints bg-primary-dark py-3">
          <div className="container-xxl">
            <div className="row">
              <div className="col-12 d-flex flex-wrap justify-content-between gap-2 text-white small">
                <span>{t('footer.about')}</span>
                <a className="text-white" href="/api/v1/docs">
                  {t('footer.api')}
                </a>
              </div>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
