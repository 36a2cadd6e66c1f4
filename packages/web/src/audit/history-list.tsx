import { formatLocalDate, formatNumber } from '@traguardo/domain/format/italian';
import type { Objective } from '@traguardo/domain/plan/plan.schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgRoles } from '../ui/current-org.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type AuditEntry, useAuditHistory } from './audit.api.ts';
import { auditTexts } from './i18n.ts';

type Props = { orgId: string; objective: Objective };

/**
 * "Cronologia delle modifiche" of an objective with its indicators and phases, for the admin and the
 * Segretario only (the API refuses the others). Collapsed by default: the history loads when opened.
 */
export function ObjectiveHistory({ orgId, objective }: Props) {
  const { acts } = useOrgRoles(orgId);
  if (!acts('admin', 'secretary')) return null;
  return <HistorySection orgId={orgId} objective={objective} />;
}

function HistorySection({ orgId, objective }: Props) {
  const { t } = useTranslation('audit');
  const [open, setOpen] = useState(false);
  const ids = [objective.id, ...objective.indicators.map((i) => i.id), ...objective.phases.map((p) => p.id)];
  const history = useAuditHistory(orgId, ids, open);
  const entries = history.data?.pages.flat() ?? [];
  return (
    <section aria-labelledby="objective-history" className="mb-5">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="objective-history" className="h4 d-inline">
            {t('title')}
          </h2>
        </summary>
        <p className="mt-3">{t('intro')}</p>
        {history.error && <ProblemAlert error={history.error} message={t('failed')} />}
        {history.isPending && open && <p aria-busy="true">…</p>}
        {history.isSuccess && entries.length === 0 && <p>{t('empty')}</p>}
        {entries.length > 0 && (
          <ol className="list-unstyled history-list">
            {entries.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} objective={objective} />
            ))}
          </ol>
        )}
        {history.hasNextPage && (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
          >
            {t('more')}
          </button>
        )}
      </details>
    </section>
  );
}

function HistoryEntry({ entry, objective }: { entry: AuditEntry; objective: Objective }) {
  const { t } = useTranslation('audit');
  const kind = itemKind(entry.entityType);
  const code = itemCode(entry, objective);
  const actor = entry.actor?.name ?? t('system');
  const lines = describe(entry, actor, t(`item.${kind}`, { code }));
  return (
    <li className="mb-3">
      <p className="mb-1">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        {' · '}
        <strong>{t(`itemLabel.${kind}`, { code })}</strong>
      </p>
      <ul className="mb-0">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </li>
  );

  function describe(e: AuditEntry, who: string, item: string): string[] {
    if (e.action === 'create') return [t('created', { actor: who, item })];
    if (e.action === 'delete') return [t('deleted', { actor: who, item })];
    if (e.action !== 'update') return [t('other', { actor: who, action: e.action })];
    if (e.changes.length === 0) return [t('changedNothing', { actor: who })];
    return e.changes.map((change) =>
      t('changed', {
        actor: who,
        field: isField(change.field) ? t(`fields.${change.field}`) : change.field,
        from: formatValue(change.from),
        to: formatValue(change.to),
      }),
    );
  }

  function formatValue(value: unknown): string {
    if (value === null || value === undefined || value === '') return t('empty_value');
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    return formatPlain(value);
  }
}

const isField = (field: string): field is keyof typeof auditTexts.it.fields =>
  Object.hasOwn(auditTexts.it.fields, field);

function itemKind(entityType: string): 'objective' | 'indicator' | 'phase' | 'other' {
  return entityType === 'objective' || entityType === 'indicator' || entityType === 'phase'
    ? entityType
    : 'other';
}

/** The item's code as it stands, else as the entry recorded it (a later edit may have changed it). */
function itemCode(entry: AuditEntry, objective: Objective): string {
  if (entry.entityType === 'objective') return objective.code;
  if (entry.entityType === 'indicator') {
    const indicator = objective.indicators.find((i) => i.id === entry.entityId);
    if (indicator) return indicator.code;
  }
  if (entry.entityType === 'phase') {
    const phase = objective.phases.find((p) => p.id === entry.entityId);
    if (phase) return String(phase.number);
  }
  const recorded = entry.changes.find((c) => c.field === 'code' || c.field === 'number');
  const value = recorded ? (recorded.to ?? recorded.from) : null;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 200;

/** A recorded value in Italian form: 91.690, 31/12/2020, a name for a reference, lists with commas. */
export function formatPlain(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (isoDate.test(value)) return formatLocalDate(value);
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  if (Array.isArray(value)) return value.map(formatPlain).join(', ');
  if (value && typeof value === 'object') {
    const name = 'name' in value ? value.name : undefined;
    if (typeof name === 'string') return name;
    return formatPlain(JSON.stringify(value));
  }
  return String(value ?? '');
}

/** A timestamp in the viewer's local time: 12/03/2020 14:05. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${formatLocalDate(iso)} ${hh}:${mm}`;
}
