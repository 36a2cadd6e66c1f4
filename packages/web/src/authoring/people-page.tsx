import { formatNumber } from '@traguardo/domain/format/italian';
import {
  CreatePersonSchema,
  PERSON_CATEGORIES,
  type PeopleImportResult,
  type PersonCategory,
  type PersonItem,
  type UnitItem,
} from '@traguardo/domain/plan/units-people.schema';
import { Alert, Button, Table } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { Loading } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import {
  useCreatePerson,
  useDeletePerson,
  useImportPeople,
  usePeople,
  useUnits,
  useUpdatePerson,
} from './authoring.api.ts';
import { DeleteButton, InputField, SelectField, useParsedForm } from './form-fields.tsx';
import { apiFieldErrors, decimalText, type FieldErrors, parseDecimal } from './form-values.ts';
import { EditItemButtons, NewItemForm, useEditItemForm } from './item-forms.tsx';
import { SaveError } from './save-feedback.tsx';

type Values = {
  name: string;
  email: string;
  category: string;
  jobTitle: string;
  unitId: string;
  coefficient: string;
};
const valuesOf = (p?: PersonItem): Values => ({
  name: p?.name ?? '',
  email: p?.email ?? '',
  category: p?.category ?? 'dipendente',
  jobTitle: p?.jobTitle ?? '',
  unitId: p?.unitId ?? '',
  coefficient: decimalText(p?.coefficient ?? 1),
});
const parse = (v: Values) =>
  CreatePersonSchema.safeParse({
    ...v,
    unitId: v.unitId === '' ? null : v.unitId,
    coefficient: parseDecimal(v.coefficient) ?? 1,
  });

/** The organisation's people: list, edit in place, add one, or import the staff list from CSV. */
export function PeoplePage() {
  const { orgId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const orgName = useOrgName(orgId);
  const people = usePeople(orgId);
  const units = useUnits(orgId);
  usePageTitle(t('people.title'));
  return (
    <>
      <PageBreadcrumbs
        items={[{ label: orgName ?? '…', to: `/orgs/${orgId}` }, { label: t('people.title') }]}
      />
      <h1 className="mb-3">{t('people.title')}</h1>
      <p>{t('people.intro')}</p>
      {!people.data || !units.data ? (
        <Loading />
      ) : (
        <>
          <PeopleTable orgId={orgId} people={people.data} units={units.data} />
          <NewPersonForm orgId={orgId} units={units.data} />
          <ImportForm orgId={orgId} />
        </>
      )}
    </>
  );
}

const isCategory = (c: string): c is PersonCategory => PERSON_CATEGORIES.some((x) => x === c);

function useCategoryLabel() {
  const { t } = useTranslation('authoring');
  return (category: string) => (isCategory(category) ? t(`people.categories.${category}`) : category);
}

function PeopleTable({ orgId, people, units }: { orgId: string; people: PersonItem[]; units: UnitItem[] }) {
  const { t } = useTranslation('authoring');
  const categoryLabel = useCategoryLabel();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useDeletePerson(orgId);
  if (people.length === 0) return <p>{t('people.none')}</p>;
  return (
    <>
      <SaveError error={remove.error} />
      <Table responsive hover>
        <caption className="visually-hidden">{t('people.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.category')}</th>
            <th scope="col">{t('people.jobTitle')}</th>
            <th scope="col">{t('people.unit')}</th>
            <th scope="col">{t('people.email')}</th>
            <th scope="col" className="text-end">
              {t('people.coefficient')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('common.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) =>
            editing === p.id ? (
              <tr key={p.id}>
                <td colSpan={7}>
                  <EditPerson orgId={orgId} person={p} units={units} onDone={() => setEditing(null)} />
                </td>
              </tr>
            ) : (
              <tr key={p.id}>
                <th scope="row" className="fw-normal">
                  {p.name}
                </th>
                <td>{categoryLabel(p.category)}</td>
                <td>{p.jobTitle ?? ''}</td>
                <td>{units.find((u) => u.id === p.unitId)?.name ?? ''}</td>
                <td>{p.email ?? ''}</td>
                <td className="text-end">{formatNumber(p.coefficient)}</td>
                <td className="text-end text-nowrap">
                  <Button
                    color="primary"
                    outline
                    size="xs"
                    className="me-1"
                    onClick={() => setEditing(p.id)}
                    aria-label={t('people.edit', { name: p.name })}
                  >
                    {t('common.edit')}
                  </Button>
                  <DeleteButton
                    label={t('people.delete', { name: p.name })}
                    name={p.name}
                    onDelete={() => remove.mutate(p.id)}
                  />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </Table>
    </>
  );
}

function PersonFields({
  idPrefix,
  values,
  errors,
  units,
  onChange,
}: {
  idPrefix: string;
  values: Values;
  errors: FieldErrors;
  units: UnitItem[];
  onChange: (values: Values) => void;
}) {
  const { t } = useTranslation('authoring');
  const categoryLabel = useCategoryLabel();
  const set = (field: keyof Values) => (value: string) => onChange({ ...values, [field]: value });
  return (
    <div className="row">
      <div className="col-md-4">
        <InputField
          id={`${idPrefix}-name`}
          label={t('people.name')}
          required
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
      </div>
      <div className="col-md-4">
        <InputField
          id={`${idPrefix}-email`}
          type="email"
          label={t('people.email')}
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
      </div>
      <div className="col-md-4">
        <SelectField
          id={`${idPrefix}-category`}
          label={t('people.category')}
          value={values.category}
          onChange={set('category')}
          error={errors.category}
        >
          {PERSON_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="col-md-4">
        <InputField
          id={`${idPrefix}-jobTitle`}
          label={t('people.jobTitle')}
          value={values.jobTitle}
          onChange={set('jobTitle')}
          error={errors.jobTitle}
        />
      </div>
      <div className="col-md-4">
        <SelectField
          id={`${idPrefix}-unit`}
          label={t('people.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          error={errors.unitId}
        >
          <option value="">{t('common.none')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="col-md-4">
        <InputField
          id={`${idPrefix}-coefficient`}
          label={t('people.coefficient')}
          inputMode="decimal"
          value={values.coefficient}
          onChange={set('coefficient')}
          error={errors.coefficient}
        />
      </div>
    </div>
  );
}

function EditPerson({
  orgId,
  person,
  units,
  onDone,
}: {
  orgId: string;
  person: PersonItem;
  units: UnitItem[];
  onDone: () => void;
}) {
  const { t } = useTranslation('authoring');
  const update = useUpdatePerson(orgId);
  const { values, setValues, errors, submitWith, stale } = useEditItemForm({
    stored: valuesOf(person),
    rowVersion: person.rowVersion,
    error: update.error,
    parse,
    fields: ['name', 'email', 'category', 'jobTitle', 'unitId', 'coefficient'],
    fieldLabel: (f) => t(`people.${f === 'unitId' ? 'unit' : f}`),
  });
  const submit = submitWith((data) => {
    update.mutate(
      { id: person.id, changes: { ...data, rowVersion: person.rowVersion } },
      { onSuccess: onDone },
    );
  });
  return (
    <form onSubmit={submit} noValidate className="pt-4">
      <SaveError error={update.error} staleFields={stale} />
      <PersonFields
        idPrefix={`person-${person.id}`}
        values={values}
        errors={{ ...apiFieldErrors(update.error), ...errors }}
        units={units}
        onChange={setValues}
      />
      <EditItemButtons pending={update.isPending} onCancel={onDone} />
    </form>
  );
}

function NewPersonForm({ orgId, units }: { orgId: string; units: UnitItem[] }) {
  const { t } = useTranslation('authoring');
  const create = useCreatePerson(orgId);
  const { values, setValues, errors, submitWith } = useParsedForm(valuesOf(), parse);
  const submit = submitWith((data) => {
    create.mutate(data, { onSuccess: () => setValues(valuesOf()) });
  });
  return (
    <NewItemForm
      headingId="new-person-heading"
      title={t('people.new')}
      pending={create.isPending}
      error={create.error}
      onSubmit={submit}
    >
      <PersonFields
        idPrefix="new-person"
        values={values}
        errors={{ ...apiFieldErrors(create.error), ...errors }}
        units={units}
        onChange={setValues}
      />
    </NewItemForm>
  );
}

/** The staff list from CSV: all or nothing; the rows to fix are listed with their number and column. */
function ImportForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation('authoring');
  const upload = useImportPeople(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PeopleImportResult | null>(null);
  const rows = upload.error instanceof ApiError && upload.error.status === 422 ? upload.error.errors : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setResult(null);
    upload.mutate(file, { onSuccess: setResult });
  };
  return (
    <form onSubmit={submit} aria-labelledby="import-heading" className="mt-5">
      <h2 id="import-heading" className="h4">
        {t('people.import')}
      </h2>
      <p id="import-hint">{t('people.importHint')}</p>
      <div className="mb-3">
        <label htmlFor="people-file" className="form-label d-block">
          {t('people.file')}
        </label>
        <input
          id="people-file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          aria-describedby="import-hint"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <Button color="primary" type="submit" disabled={!file || upload.isPending}>
        {upload.isPending ? t('common.saving') : t('people.importButton')}
      </Button>
      {result && (
        <Alert color="success" fade={false} className="mt-3">
          <span role="status">{t('people.imported', result)}</span>
        </Alert>
      )}
      {rows.length > 0 ? (
        <>
          <Alert color="danger" fade={false} className="mt-3">
            <span role="alert">{t('people.importErrors')}</span>
          </Alert>
          <Table responsive size="sm">
            <caption>{t('people.errorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.columns.row')}</th>
                <th scope="col">{t('people.columns.column')}</th>
                <th scope="col">{t('people.columns.message')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.row}-${r.column}-${r.message}`}>
                  <td>{r.row}</td>
                  <td>{r.column ?? ''}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      ) : (
        upload.error && (
          <div className="mt-3">
            <SaveError error={upload.error} />
          </div>
        )
      )}
    </form>
  );
}
