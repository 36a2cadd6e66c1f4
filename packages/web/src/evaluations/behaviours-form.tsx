import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import { formatNumberIt } from '@traguardo/domain/format/italian';
import { Alert, Button } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSheetStep } from './evaluations.api.ts';
import { PointsField, parsePoints } from './points-field.tsx';
import { ProblemAlert } from './problem-alert.tsx';

const toText = (points: number | null) => (points === null ? '' : formatNumberIt(points, { maxDecimals: 2 }));

/** The evaluator's form: points and an optional comment for every criterion of the category. */
export function BehavioursForm({ sheet }: { sheet: EvaluationDetail }) {
  const { t } = useTranslation('evaluations');
  const id = useId();
  const step = useSheetStep(sheet.id, sheet.planId);
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(sheet.behaviours.map((b) => [b.criterion, toText(b.points)])),
  );
  const [comments, setComments] = useState(() =>
    Object.fromEntries(sheet.behaviours.map((b) => [b.criterion, b.comment ?? ''])),
  );
  const parsed = sheet.behaviours.map((b) => ({
    b,
    points: parsePoints(texts[b.criterion] ?? '', b.maxPoints),
  }));
  const invalid = parsed.some((p) => p.points === 'invalid');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    const behaviours = parsed.flatMap(({ b, points }) =>
      typeof points === 'number'
        ? [{ criterion: b.criterion, points, comment: (comments[b.criterion] ?? '').trim() || undefined }]
        : [],
    );
    step.mutate({ step: 'score', body: { behaviours } });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="mb-4">
      <h3 id={`${id}-title`} className="h5">
        {t('score.title')}
      </h3>
      {sheet.behaviours.map((b) => (
        <fieldset key={b.criterion} className="border rounded p-3 mb-3">
          <legend className="h6 float-none w-auto px-1 mb-1">{b.name}</legend>
          {b.description && <p className="small text-secondary mb-2">{b.description}</p>}
          <div className="row">
            <div className="col-md-4">
              <PointsField
                label={t('score.points', { name: b.name, max: b.maxPoints })}
                max={b.maxPoints}
                text={texts[b.criterion] ?? ''}
                onText={(text) => setTexts((all) => ({ ...all, [b.criterion]: text }))}
              />
            </div>
            <div className="col-md-8">
              <div className="form-group mb-2">
                <label htmlFor={`${id}-${b.criterion}-comment`} className="active">
                  {t('score.comment', { name: b.name })}
                </label>
                <textarea
                  id={`${id}-${b.criterion}-comment`}
                  className="form-control"
                  rows={2}
                  value={comments[b.criterion] ?? ''}
                  onChange={(e) => setComments((all) => ({ ...all, [b.criterion]: e.target.value }))}
                />
              </div>
            </div>
          </div>
        </fieldset>
      ))}
      <div aria-live="polite">
        <ProblemAlert error={step.error} />
        {step.isSuccess && (
          <Alert color="success" fade={false}>
            {t('score.saved')}
          </Alert>
        )}
      </div>
      <Button color="primary" type="submit" disabled={invalid || step.isPending}>
        {t('score.save')}
      </Button>
    </form>
  );
}
