import { formatLocalDate as formatDate } from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Button, Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { useDocumentRoles, usePublication, usePublish, useUnpublish } from './documents.api.ts';

/** Amministrazione Trasparente: the public link, publish / update / withdraw, and every past publication. */
export function PublicationPanel({ plan }: { plan: Pick<PlanDocument, 'id' | 'orgId' | 'status'> }) {
  const { t } = useTranslation('documents');
  const roles = useDocumentRoles(plan.orgId);
  const status = usePublication(plan.id);
  const publish = usePublish(plan.id);
  const unpublish = useUnpublish(plan.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="publication-title" className="mb-5">
      <h2 id="publication-title" className="h4">
        {t('publication.title')}
      </h2>
      <p>{t('publication.intro')}</p>
      {plan.status === 'draft' ? (
        <p className="text-secondary">{t('publication.draft')}</p>
      ) : (
        <QueryState query={status}>
          {(s) => (
            <>
              <div aria-live="polite">
                {s.published && s.path ? (
                  <p>
                    {t('publication.published')}{' '}
                    <a href={s.path} target="_blank" rel="noreferrer">
                      {t('publication.open')}
                    </a>
                  </p>
                ) : (
                  <p>{t('publication.notPublished')}</p>
                )}
                {unpublish.isSuccess && !s.published && <p>{t('publication.withdrawn')}</p>}
                <ProblemAlert
                  error={publish.error ?? unpublish.error}
                  message={t('publication.error')}
                  onlyApiReasons
                />
              </div>
              {roles.canPublish && (
                <div className="d-flex flex-wrap gap-2 align-items-center mb-3">
                  <Button color="primary" onClick={() => publish.mutate()} disabled={publish.isPending}>
                    {s.published ? t('publication.republish') : t('publication.publish')}
                  </Button>
                  {s.published &&
                    (confirming ? (
                      <>
                        <Button
                          color="danger"
                          onClick={() =>
                            unpublish.mutate(undefined, { onSettled: () => setConfirming(false) })
                          }
                          disabled={unpublish.isPending}
                        >
                          {t('publication.confirmUnpublish')}
                        </Button>
                        <Button color="secondary" outline onClick={() => setConfirming(false)}>
                          {t('publication.cancel')}
                        </Button>
                      </>
                    ) : (
                      <Button color="danger" outline onClick={() => setConfirming(true)}>
                        {t('publication.unpublish')}
                      </Button>
                    ))}
                </div>
              )}
              {roles.canPublish && s.published && (
                <p className="small text-secondary">{t('publication.republishHint')}</p>
              )}
              {s.history.length > 0 && (
                <Table responsive size="sm">
                  <caption>{t('publication.history')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('publication.publishedAt')}</th>
                      <th scope="col">{t('publication.unpublishedAt')}</th>
                      <th scope="col" className="text-end">
                        {t('publication.versions')}
                      </th>
                      <th scope="col">{t('publication.report')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.history.map((h) => (
                      <tr key={h.id}>
                        <th scope="row" className="fw-normal">
                          {formatDate(h.publishedAt)}
                        </th>
                        <td>{h.unpublishedAt ? formatDate(h.unpublishedAt) : t('publication.live')}</td>
                        <td className="text-end">{h.versions}</td>
                        <td>{h.report ? t('publication.yes') : t('publication.no')}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
