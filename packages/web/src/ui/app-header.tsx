import { Header, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../auth/auth.api.ts';
import { useCurrentOrg } from './current-org.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { UserMenu } from './user-menu.tsx';

/** Slim header (Traguardo, language, user) over the center header with the current organisation's name. */
export function AppHeader({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const org = useCurrentOrg();
  return (
    <header>
      <Headers>
        <Header type="slim" theme="dark">
          <HeaderContent>
            <Link className="navbar-brand d-block" to="/">
              {t('appName')}
            </Link>
            <HeaderRightZone>
              <LanguageSwitch />
              {me && <UserMenu me={me} />}
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center" small>
            <HeaderContent>
              <div className="it-brand-wrapper">
                <Link to={org ? `/orgs/${org.id}` : '/'}>
                  <div className="it-brand-text">
                    <div className="it-brand-title">{org?.name ?? t('appName')}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('tagline')}</div>
                  </div>
                </Link>
              </div>
            </HeaderContent>
          </Header>
        </div>
      </Headers>
    </header>
  );
}
