import type { BonusDistributionResponse } from '@traguardo/domain/evaluation/evaluation.schema';
import {
  formatLocalDate as formatDate,
  formatEuro,
  formatNumberIt,
  parseEuroToCents,
} from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Alert, Button, Table } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { LoadError, Loading, QueryState } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { bonusXlsxUrl, evaluationsPath } from './evaluation-links.ts';
import { useBonusDistribution, useDistributeBonus, useMarkBonusPaid } from './evaluations.api.ts';
import { categoryLabel } from './labels.ts';
import { ProblemAlert } from './problem-alert.tsx';
import { formatScore } from './score-format.ts';
import { useEvaluationRoles } from './use-evaluation-roles.ts';

/** The result bonus: the fund in euro → each person's share with the calculation in words. */
export function BonusPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation('evaluations');
  usePageTitle(t('bonus.title'));
  return <QueryState query={plan}>{(doc) => <BonusView plan={doc} />}</QueryState>;
}

function BonusView({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('evaluations');
  const orgName = useOrgName(plan.orgId);
  const roles = useEvaluationRoles(plan.orgId);
  const current = useBonusDistribution(plan.id, roles.canDistribute);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('list.crumb'), to: evaluationsPath(plan.id) },
          { label: t('bonus.crumb') },
        ]}
      />
      <h1 className="mb-3">{t('bonus.title')}</h1>
      {!roles.canDistribute ? (
        <Alert color="info" fade={false}>
          {t('bonus.forbidden')}
        </Alert>
      ) : (
        <>
          <p className="lead">{t('bonus.intro')}</p>
          <FundForm planId={plan.id} />
          {current.isPending ? (
            <Loading />
          ) : current.isError ? (
            <LoadError error={current.error} onRetry={() => void current.refetch()} />
          ) : current.data === null ? (
            <p>{t('bonus.none')}</p>
          ) : (
            <Distribution planId={plan.id} distribution={current.data} />
          )}
        </>
      )}
    </>
  );
}

function FundForm({ planId }: { planId: string }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const distribute = useDistributeBonus(planId);
  const [text, setText] = useState('');
  const cents = parseEuroToCents(text);
  const invalid = text.trim() !== '' && cents === null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cents !== null) distribute.mutate(cents);
  };
  return (
    <form onSubmit={submit} noValidate className="mt-4 mb-4">
      <div className="row align-items-end">
        <div className="col-md-5">
          <TextField
            id={`${id}-fund`}
            label={t('bonus.fund')}
            value={text}
            onValueChange={setText}
            inputMode="decimal"
            autoComplete="off"
            placeholder={t('bonus.fundHint')}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
          {invalid && (
            <div id={`${id}-error`} className="invalid-feedback d-block mb-3">
              {t('bonus.fundInvalid')}
            </div>
          )}
        </div>
        <div className="col-md-4 mb-3">
          <Button color="primary" type="submit" disabled={cents === null || distribute.isPending}>
            {t('bonus.compute')}
          </Button>
        </div>
      </div>
      <div aria-live="polite">
        <ProblemAlert error={distribute.error} />
      </div>
    </form>
  );
}

function Distribution({
  planId,
  distribution: d,
}: {
  planId: string;
  distribution: BonusDistributionResponse;
}) {
  const { t } = useTranslation('evaluations');
  const paid = useMarkBonusPaid(planId);
  return (
    <section aria-labelledby="bonus-result" className="mb-5">
      <h2 id="bonus-result" className="h4">
        {t('bonus.caption')}
      </h2>
      <p>
        {t('bonus.totals', {
          fund: formatEuro(d.fundCents),
          total: formatEuro(d.totalCents),
          date: formatDate(d.computedAt),
        })}{' '}
        {d.paidAt && t('bonus.paid', { date: formatDate(d.paidAt) })}
      </p>
      {d.warnings.map((w) => (
        <Alert key={w.code} color="warning" fade={false}>
          {w.message}
        </Alert>
      ))}
      <Table responsive>
        <caption>{t('bonus.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bonus.columns.person')}</th>
            <th scope="col">{t('bonus.columns.category')}</th>
            <th scope="col" className="text-end">
              {t('bonus.columns.total')}
            </th>
            <th scope="col" className="text-end">
              {t('bonus.columns.coefficient')}
            </th>
            <th scope="col">{t('bonus.columns.increased')}</th>
            <th scope="col" className="text-end">
              {t('bonus.columns.bonus')}
            </th>
            <th scope="col">{t('bonus.columns.calculation')}</th>
          </tr>
        </thead>
        <tbody>
          {d.items.map((i) => (
            <tr key={i.personId}>
              <th scope="row">{i.name}</th>
              <td>{categoryLabel(t, i.category)}</td>
              <td className="text-end">{formatScore(i.total)}</td>
              <td className="text-end">{formatNumberIt(i.coefficient, { maxDecimals: 4 })}</td>
              <td>{i.increased ? t('bonus.yes') : t('bonus.no')}</td>
              <td className="text-end fw-semibold">{formatEuro(i.bonusCents)}</td>
              <td>
                <details>
                  <summary>{t('bonus.showCalculation', { name: i.name })}</summary>
                  <ul className="small mb-0" lang="it">
                    {i.explanation.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="d-flex flex-wrap gap-3 align-items-start">
        <a className="btn btn-outline-primary" href={bonusXlsxUrl(planId)} download>
          {t('bonus.xlsx')}
        </a>
        {!d.paidAt && (
          <div>
            <Button color="primary" outline onClick={() => paid.mutate(d.id)} disabled={paid.isPending}>
              {t('bonus.markPaid')}
            </Button>
            <p className="small text-secondary mt-1">{t('bonus.markPaidHint')}</p>
          </div>
        )}
      </div>
      <div aria-live="polite">
        <ProblemAlert error={paid.error} />
      </div>
    </section>
  );
}
