import type { Measurement } from '@traguardo/domain/achievement/measurement.schema';
import { formatLocalDate as formatDate, formatNumber } from '@traguardo/domain/format/italian';
import type { Indicator } from '@traguardo/domain/plan/plan.schema';
import { Alert, Table } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../ui/query-state.tsx';
import { evidenceUrl, useMeasurements, useValidateMeasurement } from './monitoring.api.ts';

/** Every measurement of the indicator, newest first, with the one that counts marked; the Nucleo decides finals here. */
export function MeasurementHistory({
  planId,
  indicator,
  canValidate,
}: {
  planId: string;
  indicator: Indicator;
  canValidate: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const history = useMeasurements(indicator.id);
  return (
    <section aria-labelledby="history" className="mb-5">
      <h2 id="history" className="h4">
        {t('history.title')}
      </h2>
      <QueryState query={history}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('history.empty')}</p>
          ) : (
            <>
              <HistoryTable code={indicator.code} list={list} />
              {canValidate && (
                <ValidationPanel
                  planId={planId}
                  indicatorId={indicator.id}
                  pending={list.filter((m) => m.final && m.status === 'recorded')}
                />
              )}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function HistoryTable({ code, list }: { code: string; list: Measurement[] }) {
  const { t } = useTranslation('monitoring');
  return (
    <Table bordered responsive size="sm">
      <caption>{t('history.caption', { code })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.date')}</th>
          <th scope="col">{t('history.kind')}</th>
          <th scope="col" className="text-end">
            {t('history.value')}
          </th>
          <th scope="col">{t('history.note')}</th>
          <th scope="col">{t('history.recordedBy')}</th>
          <th scope="col">{t('history.status')}</th>
          <th scope="col">{t('history.evidence')}</th>
          <th scope="col">{t('history.counts')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((m) => (
          <tr key={m.id}>
            <th scope="row" className="fw-normal text-nowrap">
              {formatDate(m.date)}
            </th>
            <td>{m.final ? t('history.final') : t('history.interim')}</td>
            <td className="text-end">
              {formatNumber(m.value)}
              {m.variables && (
                <span className="d-block small text-secondary">
                  {Object.entries(m.variables)
                    .map(([k, v]) => `${k} = ${formatNumber(v)}`)
                    .join(', ')}
                </span>
              )}
            </td>
            <td>{m.note ?? ''}</td>
            <td>
              {m.recordedBy?.name ?? ''}
              <span className="d-block small text-secondary">{formatDate(m.recordedAt)}</span>
            </td>
            <td>
              {t(`history.${m.status}`)}
              {m.validation?.comment && (
                <span className="d-block small">
                  {t('history.comment', { comment: m.validation.comment })}
                </span>
              )}
            </td>
            <td>
              {m.evidence.map((e) => (
                <a key={e.id} className="d-block" href={evidenceUrl(m.id, e.id)} download={e.filename}>
                  <span className="visually-hidden">{t('history.download', { name: '' })}</span>
                  {e.filename}
                </a>
              ))}
            </td>
            <td>{m.counts ? t('history.countsYes') : ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ValidationPanel({
  planId,
  indicatorId,
  pending,
}: {
  planId: string;
  indicatorId: string;
  pending: Measurement[];
}) {
  const { t } = useTranslation('monitoring');
  if (pending.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="h5">{t('validation.title')}</h3>
      {pending.map((m) => (
        <ValidationForm key={m.id} planId={planId} indicatorId={indicatorId} measurement={m} />
      ))}
    </div>
  );
}

function ValidationForm({
  planId,
  indicatorId,
  measurement,
}: {
  planId: string;
  indicatorId: string;
  measurement: Measurement;
}) {
  const { t } = useTranslation('monitoring');
  const id = useId();
  const [comment, setComment] = useState('');
  const decide = useValidateMeasurement(indicatorId, planId);
  const send = (outcome: 'validated' | 'returned') =>
    decide.mutate({ measurementId: measurement.id, input: { outcome, comment: comment.trim() || null } });
  return (
    <form className="border rounded p-3 mb-3" onSubmit={(e) => e.preventDefault()}>
      <p className="fw-semibold">
        {t('validation.forMeasurement', {
          date: formatDate(measurement.date),
          value: formatNumber(measurement.value),
        })}
      </p>
      <div className="form-group">
        <label htmlFor={`${id}-comment`} className={comment ? 'active' : undefined}>
          {t('validation.comment')}
        </label>
        <textarea
          id={`${id}-comment`}
          className="form-control"
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="d-flex gap-2">
        <button
          type="button"
          className="btn btn-success btn-sm"
          disabled={decide.isPending}
          onClick={() => send('validated')}
        >
          {t('validation.validate')}
        </button>
        <button
          type="button"
          className="btn btn-outline-danger btn-sm"
          disabled={decide.isPending || comment.trim() === ''}
          onClick={() => send('returned')}
        >
          {t('validation.return')}
        </button>
      </div>
      {decide.isError && (
        <Alert color="danger" fade={false} className="mt-2">
          {t('validation.failed')} {decide.error.message}
        </Alert>
      )}
    </form>
  );
}
