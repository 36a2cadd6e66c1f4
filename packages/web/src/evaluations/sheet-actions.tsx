import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import { formatLocalDate as formatDate } from '@traguardo/domain/format/italian';
import { Button } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSheetStep } from './evaluations.api.ts';
import { PointsField, parsePoints } from './points-field.tsx';
import { ProblemAlert } from './problem-alert.tsx';

/** The steps the user may take now: deliver, acknowledge or contest, review, make final. */
export function SheetActions({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const step = useSheetStep(sheet.id, sheet.planId);
  const { can } = sheet;
  if (!can.deliver && !can.acknowledge && !can.contest && !can.review && !can.finalize) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="mb-5">
      <h2 id={`${id}-title`} className="h4">
        {t('actions.title')}
      </h2>
      <div aria-live="polite">
        <ProblemAlert error={step.error} />
      </div>
      <div className="d-flex flex-wrap gap-3 mb-3">
        {can.deliver && (
          <div>
            <Button
              color="primary"
              onClick={() => step.mutate({ step: 'deliver', body: {} })}
              disabled={step.isPending}
            >
              {t('actions.deliver')}
            </Button>
            <p className="small text-secondary mt-1">{t('actions.deliverHint')}</p>
          </div>
        )}
        {can.acknowledge && (
          <Button
            color="primary"
            onClick={() => step.mutate({ step: 'acknowledge', body: {} })}
            disabled={step.isPending}
          >
            {t('actions.acknowledge')}
          </Button>
        )}
        {can.finalize && (
          <Button
            color="primary"
            outline
            onClick={() => step.mutate({ step: 'finalize', body: {} })}
            disabled={step.isPending}
          >
            {t('actions.finalize')}
          </Button>
        )}
      </div>
      {can.contest && <ContestForm sheet={sheet} />}
      {can.review && <ReviewForm sheet={sheet} />}
    </section>
  );
}

function ContestForm({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const step = useSheetStep(sheet.id, sheet.planId);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) step.mutate({ step: 'contest', body: { reason: reason.trim() } });
  };
  return (
    <form onSubmit={submit} noValidate className="mt-5 mb-4">
      <div className="form-group">
        <label htmlFor={`${id}-reason`} className="active">
          {t('actions.contestReason')}
        </label>
        <textarea
          id={`${id}-reason`}
          className="form-control"
          rows={4}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="small text-secondary">
          {sheet.dates.contestBy && t('actions.contestHint', { date: formatDate(sheet.dates.contestBy) })}
        </p>
      </div>
      <ProblemAlert error={step.error} />
      <Button color="warning" type="submit" disabled={!reason.trim() || step.isPending}>
        {t('actions.contest')}
      </Button>
    </form>
  );
}

function ReviewForm({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const step = useSheetStep(sheet.id, sheet.planId);
  const [note, setNote] = useState('');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const parsed = sheet.behaviours.map((b) => ({
    b,
    points: parsePoints(texts[b.criterion] ?? '', b.maxPoints),
  }));
  const invalid = parsed.some((p) => p.points === 'invalid');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid || !note.trim()) return;
    const behaviours = parsed.flatMap(({ b, points }) =>
      typeof points === 'number' ? [{ criterion: b.criterion, points }] : [],
    );
    step.mutate({
      step: 'review',
      body: { note: note.trim(), ...(behaviours.length ? { behaviours } : {}) },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="mt-5">
      <div className="form-group">
        <label htmlFor={`${id}-note`} className="active">
          {t('actions.reviewNote')}
        </label>
        <textarea
          id={`${id}-note`}
          className="form-control"
          rows={4}
          required
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="row">
        {sheet.behaviours.map((b) => (
          <div key={b.criterion} className="col-md-6">
            <PointsField
              label={t('actions.reviewPoints', { name: b.name })}
              max={b.maxPoints}
              text={texts[b.criterion] ?? ''}
              onText={(text) => setTexts((all) => ({ ...all, [b.criterion]: text }))}
            />
          </div>
        ))}
      </div>
      <ProblemAlert error={step.error} />
      <Button color="primary" type="submit" disabled={invalid || !note.trim() || step.isPending}>
        {t('actions.review')}
      </Button>
    </form>
  );
}
