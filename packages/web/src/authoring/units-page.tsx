import { CreateUnitSchema, type PersonItem, type UnitItem } from '@traguardo/domain/plan/units-people.schema';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { Loading } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useCreateUnit, useDeleteUnit, usePeople, useUnits, useUpdateUnit } from './authoring.api.ts';
import { DeleteButton, InputField, SelectField, useParsedForm } from './form-fields.tsx';
import { apiFieldErrors, type FieldErrors } from './form-values.ts';
import { EditItemButtons, NewItemForm, useEditItemForm } from './item-forms.tsx';
import { SaveError } from './save-feedback.tsx';

type Values = { name: string; code: string; parentId: string; managerPersonId: string };
const valuesOf = (u?: UnitItem): Values => ({
  name: u?.name ?? '',
  code: u?.code ?? '',
  parentId: u?.parentId ?? '',
  managerPersonId: u?.managerPersonId ?? '',
});
const parse = (v: Values) =>
  CreateUnitSchema.safeParse({
    ...v,
    parentId: v.parentId === '' ? null : v.parentId,
    managerPersonId: v.managerPersonId === '' ? null : v.managerPersonId,
  });

/** The organisation's units as a tree (settori › servizi › uffici), each editable in place. */
export function UnitsPage() {
  const { orgId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const orgName = useOrgName(orgId);
  const units = useUnits(orgId);
  const people = usePeople(orgId);
  usePageTitle(t('units.title'));
  return (
    <>
      <PageBreadcrumbs
        items={[{ label: orgName ?? '…', to: `/orgs/${orgId}` }, { label: t('units.title') }]}
      />
      <h1 className="mb-3">{t('units.title')}</h1>
      <p>{t('units.intro')}</p>
      {!units.data || !people.data ? (
        <Loading />
      ) : (
        <>
          {units.data.length === 0 ? (
            <p>{t('units.none')}</p>
          ) : (
            <UnitTree orgId={orgId} units={units.data} people={people.data} parentId={null} />
          )}
          <NewUnitForm orgId={orgId} units={units.data} people={people.data} />
        </>
      )}
    </>
  );
}

function UnitTree({
  orgId,
  units,
  people,
  parentId,
}: {
  orgId: string;
  units: UnitItem[];
  people: PersonItem[];
  parentId: string | null;
}) {
  const children = units.filter((u) => u.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ul className={parentId ? 'ms-4 list-unstyled' : 'list-unstyled unit-tree'}>
      {children.map((u) => (
        <li key={u.id} className="mb-2">
          <UnitRow orgId={orgId} unit={u} units={units} people={people} />
          <UnitTree orgId={orgId} units={units} people={people} parentId={u.id} />
        </li>
      ))}
    </ul>
  );
}

function UnitRow({
  orgId,
  unit,
  units,
  people,
}: {
  orgId: string;
  unit: UnitItem;
  units: UnitItem[];
  people: PersonItem[];
}) {
  const { t } = useTranslation('authoring');
  const [editing, setEditing] = useState(false);
  const remove = useDeleteUnit(orgId);
  const manager = people.find((p) => p.id === unit.managerPersonId);
  return (
    <div className="border rounded p-2">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <strong>{unit.name}</strong>
        {unit.code && <span className="text-secondary">({unit.code})</span>}
        {manager && <span className="text-secondary">· {manager.name}</span>}
        <Button
          color="primary"
          outline
          size="xs"
          onClick={() => setEditing((e) => !e)}
          aria-expanded={editing}
          aria-label={t('units.edit', { name: unit.name })}
        >
          {t('common.edit')}
        </Button>
        <DeleteButton
          label={t('units.delete', { name: unit.name })}
          name={unit.name}
          onDelete={() => remove.mutate(unit.id)}
        />
      </div>
      <SaveError error={remove.error} />
      {editing && (
        <EditUnit orgId={orgId} unit={unit} units={units} people={people} onDone={() => setEditing(false)} />
      )}
    </div>
  );
}

function UnitFields({
  idPrefix,
  values,
  errors,
  units,
  people,
  exceptId,
  onChange,
}: {
  idPrefix: string;
  values: Values;
  errors: FieldErrors;
  units: UnitItem[];
  people: PersonItem[];
  exceptId?: string;
  onChange: (values: Values) => void;
}) {
  const { t } = useTranslation('authoring');
  const set = (field: keyof Values) => (value: string) => onChange({ ...values, [field]: value });
  return (
    <div className="row">
      <div className="col-md-4">
        <InputField
          id={`${idPrefix}-name`}
          label={t('units.name')}
          required
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
      </div>
      <div className="col-md-2">
        <InputField
          id={`${idPrefix}-code`}
          label={t('units.code')}
          value={values.code}
          onChange={set('code')}
          error={errors.code}
        />
      </div>
      <div className="col-md-3">
        <SelectField
          id={`${idPrefix}-parent`}
          label={t('units.parent')}
          value={values.parentId}
          onChange={set('parentId')}
          error={errors.parentId}
        >
          <option value="">{t('units.top')}</option>
          {units
            .filter((u) => u.id !== exceptId)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </SelectField>
      </div>
      <div className="col-md-3">
        <SelectField
          id={`${idPrefix}-manager`}
          label={t('units.manager')}
          value={values.managerPersonId}
          onChange={set('managerPersonId')}
          error={errors.managerPersonId}
        >
          <option value="">{t('common.none')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}

function EditUnit({
  orgId,
  unit,
  units,
  people,
  onDone,
}: {
  orgId: string;
  unit: UnitItem;
  units: UnitItem[];
  people: PersonItem[];
  onDone: () => void;
}) {
  const { t } = useTranslation('authoring');
  const update = useUpdateUnit(orgId);
  const labels = {
    name: t('units.name'),
    code: t('units.code'),
    parentId: t('units.parent'),
    managerPersonId: t('units.manager'),
  };
  const { values, setValues, errors, submitWith, stale } = useEditItemForm({
    stored: valuesOf(unit),
    rowVersion: unit.rowVersion,
    error: update.error,
    parse,
    fields: ['name', 'code', 'parentId', 'managerPersonId'],
    fieldLabel: (f) => labels[f],
  });
  const submit = submitWith((data) => {
    update.mutate({ id: unit.id, changes: { ...data, rowVersion: unit.rowVersion } }, { onSuccess: onDone });
  });
  return (
    <form onSubmit={submit} noValidate className="mt-2 pt-4">
      <UnitFields
        idPrefix={`unit-${unit.id}`}
        values={values}
        errors={{ ...apiFieldErrors(update.error), ...errors }}
        units={units}
        people={people}
        exceptId={unit.id}
        onChange={setValues}
      />
      <EditItemButtons pending={update.isPending} onCancel={onDone} />
      <SaveError error={update.error} staleFields={stale} />
    </form>
  );
}

function NewUnitForm({ orgId, units, people }: { orgId: string; units: UnitItem[]; people: PersonItem[] }) {
  const { t } = useTranslation('authoring');
  const create = useCreateUnit(orgId);
  const { values, setValues, errors, submitWith } = useParsedForm(valuesOf(), parse);
  const submit = submitWith((data) => {
    create.mutate(data, { onSuccess: () => setValues(valuesOf()) });
  });
  return (
    <NewItemForm
      headingId="new-unit-heading"
      title={t('units.new')}
      pending={create.isPending}
      error={create.error}
      onSubmit={submit}
    >
      <UnitFields
        idPrefix="new-unit"
        values={values}
        errors={{ ...apiFieldErrors(create.error), ...errors }}
        units={units}
        people={people}
        onChange={setValues}
      />
    </NewItemForm>
  );
}
