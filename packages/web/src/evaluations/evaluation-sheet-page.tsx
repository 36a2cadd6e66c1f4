import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import { formatLocalDate as formatDate, formatNumberIt } from '@traguardo/domain/format/italian';
import { Table } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { BehavioursForm } from './behaviours-form.tsx';
import { evaluationsPath, sheetPdfUrl } from './evaluation-links.ts';
import { useEvaluation } from './evaluations.api.ts';
import { categoryLabel, eventLabel } from './labels.ts';
import { formatAchievement, formatBonus, formatScore } from './score-format.ts';
import { SelfAssessment } from './self-assessment-form.tsx';
import { SheetActions } from './sheet-actions.tsx';
import { EvaluationStatusBadge } from './status-badge.tsx';

/**
 * One evaluation sheet, for those who may read it: the objectives part explained objective by
 * objective, the criteria (a form for the evaluator), the totals, the steps the user may take, the
 * deadlines of the conciliation procedure and who did what when.
 */
export function EvaluationSheetPage() {
  const { evaluationId = '' } = useParams();
  const sheet = useEvaluation(evaluationId);
  const { t } = useTranslation('evaluations');
  usePageTitle(sheet.data ? t('sheet.title', { name: sheet.data.person.name }) : undefined);
  return <QueryState query={sheet}>{(data) => <SheetView sheet={data} />}</QueryState>;
}

function SheetView({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const plan = usePlan(sheet.planId);
  const orgName = useOrgName(plan.data?.orgId);
  return (
    <>
      <PageBreadcrumbs
        items={[
          ...(plan.data
            ? [
                { label: orgName ?? '…', to: `/orgs/${plan.data.orgId}` },
                { label: plan.data.title, to: planPath(plan.data.id) },
              ]
            : []),
          { label: t('list.crumb'), to: evaluationsPath(sheet.planId) },
          { label: t('sheet.crumb', { name: sheet.person.name }) },
        ]}
      />
      <h1 className="mb-3">{t('sheet.title', { name: sheet.person.name })}</h1>
      <Facts sheet={sheet} />
      <p>
        <a href={sheetPdfUrl(sheet.id)} download>
          {t('sheet.pdf')}
        </a>
      </p>
      <Objectives sheet={sheet} />
      <Behaviours sheet={sheet} />
      <Totals sheet={sheet} />
      <SelfAssessment sheet={sheet} />
      <SheetActions sheet={sheet} />
      <Procedure sheet={sheet} />
      <History sheet={sheet} />
    </>
  );
}

function Facts({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  return (
    <dl className="row mb-4">
      <dt className="col-sm-4 col-lg-3">{t('sheet.person')}</dt>
      <dd className="col-sm-8 col-lg-9">{sheet.person.name}</dd>
      <dt className="col-sm-4 col-lg-3">{t('sheet.category')}</dt>
      <dd className="col-sm-8 col-lg-9">{categoryLabel(t, sheet.category)}</dd>
      <dt className="col-sm-4 col-lg-3">{t('sheet.evaluator')}</dt>
      <dd className="col-sm-8 col-lg-9">{sheet.evaluator.name}</dd>
      <dt className="col-sm-4 col-lg-3">{t('sheet.status')}</dt>
      <dd className="col-sm-8 col-lg-9">
        <EvaluationStatusBadge status={sheet.status} />
      </dd>
    </dl>
  );
}

function Objectives({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  // The explanation starts with one line per objective; what follows is the calculation.
  const calculation = sheet.objectivesExplanation.slice(sheet.objectives.length);
  return (
    <section aria-labelledby={id} className="mb-5">
      <h2 id={id} className="h4">
        {t('sheet.objectivesTitle', { max: sheet.objectivesMax })}
      </h2>
      <Table responsive size="sm">
        <caption>{t('sheet.objectivesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sheet.objectivesColumns.code')}</th>
            <th scope="col">{t('sheet.objectivesColumns.title')}</th>
            <th scope="col">{t('sheet.objectivesColumns.relation')}</th>
            <th scope="col" className="text-end">
              {t('sheet.objectivesColumns.weight')}
            </th>
            <th scope="col" className="text-end">
              {t('sheet.objectivesColumns.achievement')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sheet.objectives.map((o) => (
            <tr key={o.id}>
              <td>{o.code}</td>
              <td lang="it">{o.title}</td>
              <td>{t(`sheet.relation.${o.relation}`)}</td>
              <td className="text-end">{formatNumberIt(o.weight ?? 1)}</td>
              <td className="text-end">
                {o.achievement === null ? (
                  <span className="text-secondary">{t('sheet.notMeasured')}</span>
                ) : (
                  formatAchievement(o.achievement)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ul lang="it">
        {calculation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function Behaviours({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  return (
    <section aria-labelledby={id} className="mb-5">
      <h2 id={id} className="h4">
        {t('sheet.behavioursTitle', { max: sheet.behavioursMax })}
      </h2>
      {sheet.can.score ? (
        <BehavioursForm sheet={sheet} />
      ) : (
        <Table responsive size="sm">
          <caption>{t('sheet.behavioursCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sheet.behavioursColumns.criterion')}</th>
              <th scope="col" className="text-end">
                {t('sheet.behavioursColumns.max')}
              </th>
              <th scope="col" className="text-end">
                {t('sheet.behavioursColumns.points')}
              </th>
              <th scope="col">{t('sheet.behavioursColumns.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.behaviours.map((b) => (
              <tr key={b.criterion}>
                <th scope="row" className="fw-normal">
                  {b.name}
                  {b.description && <div className="small text-secondary">{b.description}</div>}
                </th>
                <td className="text-end">{b.maxPoints}</td>
                <td className="text-end">
                  {b.points === null ? (
                    <span className="text-secondary">{t('sheet.notScored')}</span>
                  ) : (
                    formatScore(b.points)
                  )}
                </td>
                <td>{b.comment}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Totals({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const figure = (value: number | null, max: number) =>
    value === null ? t('sheet.pending') : t('sheet.outOf', { value: formatScore(value), max });
  return (
    <section aria-labelledby={id} className="mb-5">
      <h2 id={id} className="h4">
        {t('sheet.totalTitle')}
      </h2>
      <dl className="row">
        <dt className="col-sm-4 col-lg-3">{t('sheet.objectivesScore')}</dt>
        <dd className="col-sm-8 col-lg-9">{figure(sheet.objectivesScore, sheet.objectivesMax)}</dd>
        <dt className="col-sm-4 col-lg-3">{t('sheet.behavioursScore')}</dt>
        <dd className="col-sm-8 col-lg-9">{figure(sheet.behavioursScore, sheet.behavioursMax)}</dd>
        <dt className="col-sm-4 col-lg-3">{t('sheet.total')}</dt>
        <dd className="col-sm-8 col-lg-9 fw-bold" data-testid="sheet-total">
          {figure(sheet.total, sheet.objectivesMax + sheet.behavioursMax)}
        </dd>
        {sheet.bonusCents !== null && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('sheet.bonus')}</dt>
            <dd className="col-sm-8 col-lg-9">{formatBonus(sheet.bonusCents)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Procedure({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const d = sheet.dates;
  const lines = [
    d.deliveredAt && t('sheet.dates.delivered', { date: formatDate(d.deliveredAt) }),
    d.seenOn && t('sheet.dates.seen', { date: formatDate(d.seenOn) }),
    d.contestBy &&
      !d.contestedAt &&
      sheet.status === 'delivered' &&
      t('sheet.dates.contestBy', { date: formatDate(d.contestBy) }),
    d.contestedAt && t('sheet.dates.contested', { date: formatDate(d.contestedAt) }),
    d.reviewBy && !d.reviewedAt && t('sheet.dates.reviewBy', { date: formatDate(d.reviewBy) }),
    d.reviewedAt && t('sheet.dates.reviewed', { date: formatDate(d.reviewedAt) }),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  if (lines.length === 0 && !sheet.contestReason && !sheet.reviewNote) return null;
  return (
    <section aria-labelledby={id} className="mb-5">
      <h2 id={id} className="h4">
        {t('sheet.dates.title')}
      </h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {sheet.contestReason && (
        <p>
          <strong>{t('sheet.dates.reason')}:</strong> {sheet.contestReason}
        </p>
      )}
      {sheet.reviewNote && (
        <p>
          <strong>{t('sheet.dates.reviewNote')}:</strong> {sheet.reviewNote}
        </p>
      )}
    </section>
  );
}

function History({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  return (
    <section aria-labelledby={id} className="mb-5">
      <h2 id={id} className="h4">
        {t('sheet.history.title')}
      </h2>
      <Table responsive size="sm">
        <caption>{t('sheet.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sheet.history.at')}</th>
            <th scope="col">{t('sheet.history.action')}</th>
            <th scope="col">{t('sheet.history.actor')}</th>
            <th scope="col">{t('sheet.history.note')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.events.map((e) => (
            <tr key={e.id}>
              <td>
                {formatDate(e.at)}{' '}
                {new Date(e.at).toLocaleTimeString('it-IT', { hour: '2-digit', minute: '2-digit' })}
              </td>
              <td>{eventLabel(t, e.action)}</td>
              <td>{e.actor ?? ''}</td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
