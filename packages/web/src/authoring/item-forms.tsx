import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useParsedForm } from './form-fields.tsx';
import { changedFields } from './form-values.ts';
import { isStale, SaveError } from './save-feedback.tsx';

/**
 * The form state for editing one stored item in place. After a conflict the list is read again:
 * the form starts over from what is stored now, naming the fields that changed meanwhile.
 */
export function useEditItemForm<V extends Record<string, string>, D>({
  stored,
  rowVersion,
  error,
  parse,
  fields,
  fieldLabel,
}: {
  stored: V;
  rowVersion: number;
  error: unknown;
  parse: (values: V) => z.ZodSafeParseResult<D>;
  fields: (keyof V)[];
  fieldLabel: (field: keyof V) => string;
}) {
  const form = useParsedForm(stored, parse);
  const [stale, setStale] = useState<string[]>();
  const attempted = useRef<V | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the stored version changes
  useEffect(() => {
    if (!attempted.current || !isStale(error)) return;
    setStale(changedFields(attempted.current, stored, fields).map(fieldLabel));
    form.setValues(stored);
  }, [rowVersion]);
  const submitWith = (send: (data: D) => void) =>
    form.submitWith((data) => {
      attempted.current = form.values;
      send(data);
    });
  return { ...form, submitWith, stale };
}

/** Save and cancel under an item's fields while it is edited in place. */
export function EditItemButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation('authoring');
  return (
    <div className="d-flex gap-2">
      <Button color="primary" type="submit" size="sm" disabled={pending}>
        {pending ? t('common.saving') : t('common.save')}
      </Button>
      <Button color="secondary" outline type="button" size="sm" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}

/** The form under a list that adds one new item: heading, save error, the item's fields, one button. */
export function NewItemForm({
  headingId,
  title,
  pending,
  error,
  onSubmit,
  children,
}: {
  headingId: string;
  title: string;
  pending: boolean;
  error: unknown;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('authoring');
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="mt-4">
      <h2 id={headingId} className="h4 mb-5">
        {title}
      </h2>
      <SaveError error={error} />
      {children}
      <Button color="primary" type="submit" disabled={pending}>
        {pending ? t('common.saving') : title}
      </Button>
    </form>
  );
}
