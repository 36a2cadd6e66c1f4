import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import { formatNumberIt } from '@traguardo/domain/format/italian';
import { Alert, Button } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSheetStep } from './evaluations.api.ts';
import { PointsField, parsePoints } from './points-field.tsx';
import { ProblemAlert } from './problem-alert.tsx';
import { formatScore } from './score-format.ts';

/** The person's optional self-assessment: a form while the sheet is a draft, then what was written. */
export function SelfAssessment({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  if (!sheet.can.selfAssess && !sheet.selfAssessment) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="mb-5">
      <h2 id={`${id}-title`} className="h4">
        {t('sheet.self.title')}
      </h2>
      <p className="text-secondary">{t('sheet.self.intro')}</p>
      {sheet.can.selfAssess ? <SelfAssessmentForm sheet={sheet} /> : <SelfAssessmentView sheet={sheet} />}
    </section>
  );
}

function SelfAssessmentView({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const given = new Map((sheet.selfAssessment?.behaviours ?? []).map((b) => [b.criterion, b]));
  return (
    <>
      <ul>
        {sheet.behaviours.map((b) => {
          const g = given.get(b.criterion);
          return (
            <li key={b.criterion}>
              {b.name}: {g?.points === null || g?.points === undefined ? '—' : formatScore(g.points)} /{' '}
              {b.maxPoints}
              {g?.comment ? ` — ${g.comment}` : ''}
            </li>
          );
        })}
      </ul>
      {sheet.selfAssessment?.note && (
        <p>
          <strong>{t('sheet.self.note')}:</strong> {sheet.selfAssessment.note}
        </p>
      )}
    </>
  );
}

function SelfAssessmentForm({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const step = useSheetStep(sheet.id, sheet.planId);
  const previous = new Map((sheet.selfAssessment?.behaviours ?? []).map((b) => [b.criterion, b.points]));
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(
      sheet.behaviours.map((b) => {
        const p = previous.get(b.criterion);
        return [b.criterion, p === null || p === undefined ? '' : formatNumberIt(p)];
      }),
    ),
  );
  const [note, setNote] = useState(sheet.selfAssessment?.note ?? '');
  const parsed = sheet.behaviours.map((b) => ({
    b,
    points: parsePoints(texts[b.criterion] ?? '', b.maxPoints),
  }));
  const invalid = parsed.some((p) => p.points === 'invalid');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    step.mutate({
      step: 'self-assessment',
      body: {
        behaviours: parsed.map(({ b, points }) => ({
          criterion: b.criterion,
          points: typeof points === 'number' ? points : null,
        })),
        note: note.trim() || undefined,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="row">
        {sheet.behaviours.map((b) => (
          <div key={b.criterion} className="col-md-6">
            <PointsField
              label={t('score.points', { name: b.name, max: b.maxPoints })}
              max={b.maxPoints}
              text={texts[b.criterion] ?? ''}
              onText={(text) => setTexts((all) => ({ ...all, [b.criterion]: text }))}
            />
          </div>
        ))}
      </div>
      <div className="form-group">
        <label htmlFor={`${id}-note`} className="active">
          {t('sheet.self.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className="form-control"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div aria-live="polite">
        <ProblemAlert error={step.error} />
        {step.isSuccess && (
          <Alert color="success" fade={false}>
            {t('sheet.self.saved')}
          </Alert>
        )}
      </div>
      <Button color="primary" outline type="submit" disabled={invalid || step.isPending}>
        {t('sheet.self.save')}
      </Button>
    </form>
  );
}
