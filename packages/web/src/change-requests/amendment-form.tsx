import type { Amendment } from '@traguardo/domain/change-request/amendment.schema';
import type { ChangeRequest } from '@traguardo/domain/change-request/change-request.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Alert, Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { TextField } from '../ui/text-field.tsx';
import { useCreateAmendment } from './change-requests.api.ts';
import { ProblemList } from './problem-list.tsx';

type Props = {
  plan: PlanDocument;
  label: (r: ChangeRequest) => string;
  /** Told of the new amendment: the page keeps the message, as the adopted requests leave this form. */
  onCreated: (amendment: Amendment) => void;
  renderTable: (select: (r: ChangeRequest) => ReactNode) => ReactNode;
};

/** The secretary's provvedimento di variazione: the act and the decided requests it adopts. */
export function AmendmentForm({ plan, label, onCreated, renderTable }: Props) {
  const { t } = useTranslation('changeRequests');
  const create = useCreateAmendment(plan.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [actNumber, setActNumber] = useState('');
  const [actDate, setActDate] = useState('');
  const [number, setNumber] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) return setMissing(true);
    setMissing(false);
    // Not mutate's own onSuccess: React Query drops it once this form unmounts, and the form goes
    // as soon as the refreshed list has no decided request left, which hid the confirmation.
    create
      .mutateAsync({
        actNumber,
        actDate,
        changeRequestIds: selected,
        ...(/^\d+$/.test(number) ? { number: Number(number) } : {}),
        ...(plan.currentVersion !== null ? { baseVersion: plan.currentVersion } : {}),
      })
      .then(
        (amendment) => {
          setSelected([]);
          onCreated(amendment);
        },
        () => undefined, // shown from create.error
      );
  };

  const select = (r: ChangeRequest) =>
    r.status === 'decided' ? (
      <div className="form-check m-0">
        <input
          id={`adopt-${r.id}`}
          type="checkbox"
          checked={selected.includes(r.id)}
          onChange={(e) =>
            setSelected(e.target.checked ? [...selected, r.id] : selected.filter((x) => x !== r.id))
          }
        />
        <label htmlFor={`adopt-${r.id}`} className="visually-hidden">
          {t('selectRequest', { target: label(r) })}
        </label>
      </div>
    ) : null;

  return (
    <form onSubmit={submit} noValidate>
      {renderTable(select)}
      <section aria-labelledby="amendment-title" className="border rounded p-4 mb-5">
        <h2 id="amendment-title" className="h4">
          {t('amendment.title')}
        </h2>
        <p>{t('amendment.intro')}</p>
        <div className="row">
          <div className="col-md-4">
            <TextField
              id="amendment-act-number"
              label={t('amendment.actNumber')}
              value={actNumber}
              onValueChange={setActNumber}
              required
            />
          </div>
          <div className="col-md-4 form-group">
            <label htmlFor="amendment-act-date" className="active">
              {t('amendment.actDate')}
            </label>
            <input
              id="amendment-act-date"
              type="date"
              className="form-control"
              required
              value={actDate}
              onChange={(e) => setActDate(e.target.value)}
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="amendment-number"
              label={t('amendment.number')}
              value={number}
              onValueChange={setNumber}
              inputMode="numeric"
            />
          </div>
        </div>
        {missing && (
          <Alert color="warning" fade={false}>
            {t('amendment.none')}
          </Alert>
        )}
        {isApiError(create.error, 409) ? (
          <Alert color="danger" fade={false}>
            {t('amendment.conflict')}
          </Alert>
        ) : (
          <ProblemList error={create.error} />
        )}
        <Button color="primary" type="submit" disabled={create.isPending}>
          {t('amendment.submit')}
        </Button>
      </section>
    </form>
  );
}
