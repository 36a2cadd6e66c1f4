import { Card } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth.api.ts';
import { myObjectivesPath } from '../monitoring/monitoring-links.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { awaitingSectionId } from './awaiting-decision.tsx';
import { useOrgs } from './orgs.api.ts';
import { roleLabels } from './role-labels.ts';

/** Home after login: the organisations the user works in (every one for the instance administrator). */
export function OrgsPage() {
  const { t } = useTranslation('orgs');
  usePageTitle(t('list.title'));
  const orgs = useOrgs();
  const me = useMe();
  return (
    <>
      <PageBreadcrumbs items={[]} />
      <h1 className="mb-2">{t('list.title')}</h1>
      <p className="lead mb-4">{t('list.intro')}</p>
      <QueryState query={orgs}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('list.empty')}</p>
          ) : (
            <ul className="row list-unstyled g-4">
              {list.map((org) => {
                const roles = me.data?.organizations.find((o) => o.id === org.id)?.roles ?? [];
                return (
                  <li key={org.id} className="col-12 col-md-6 col-lg-4">
                    <Card rounded shadow="sm" borderTop fullHeight className="position-relative">
                      <h2 className="it-card-title h4">
                        <Link to={`/orgs/${org.id}`} className="stretched-link">
                          {org.name}
                        </Link>
                      </h2>
                      <div className="it-card-body">
                        {org.province && (
                          <p className="it-card-text mb-1">{t('org.province', { province: org.province })}</p>
                        )}
                        <p className="it-card-text small">
                          {t('list.roles')}:{' '}
                          {roles.length > 0
                            ? roleLabels(roles, t)
                            : me.data?.isInstanceAdmin
                              ? t('list.allRoles')
                              : '—'}
                        </p>
                        <CardShortcuts orgId={org.id} roles={roles} />
                      </div>
                    </Card>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}

/**
 * Straight to the work of the user's role: own objectives (manager, employee), the Nucleo's inbox
 * (evaluator). Raised above the card's stretched link so that they stay clickable.
 */
function CardShortcuts({ orgId, roles }: { orgId: string; roles: readonly string[] }) {
  const { t } = useTranslation('orgs');
  const ownObjectives = roles.includes('manager') || roles.includes('employee');
  const evaluator = roles.includes('evaluator');
  if (!ownObjectives && !evaluator) return null;
  return (
    <ul className="list-unstyled mb-0 position-relative" style={{ zIndex: 2 }}>
      {ownObjectives && (
        <li>
          <Link to={myObjectivesPath(orgId)}>{t('shortcuts.myObjectives')}</Link>
        </li>
      )}
      {evaluator && (
        <li>
          <Link to={`/orgs/${orgId}#${awaitingSectionId}`}>{t('awaiting.title')}</Link>
        </li>
      )}
    </ul>
  );
}
