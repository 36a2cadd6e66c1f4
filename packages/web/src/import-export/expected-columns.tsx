import { COLUMN_KEYS, COLUMNS, REQUIRED_COLUMNS } from '@traguardo/domain/import/columns';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** The import layout of PRODUCT.md, headers exactly as the reader matches them, each explained. */
export function ExpectedColumns() {
  const { t } = useTranslation('importExport');
  return (
    <section aria-labelledby="expected-columns" className="mb-5">
      <h2 id="expected-columns" className="h3">
        {t('columns.title')}
      </h2>
      <p>{t('columns.intro')}</p>
      <p>{t('columns.numbers')}</p>
      <Table responsive size="sm">
        <caption className="visually-hidden">{t('columns.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.header')}</th>
            <th scope="col">{t('columns.content')}</th>
            <th scope="col">{t('columns.requiredHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMN_KEYS.map((key) => (
            <tr key={key}>
              <th scope="row" className="text-nowrap" lang="it">
                {COLUMNS[key]}
              </th>
              <td>{t(`columns.describe.${key}`)}</td>
              <td>{REQUIRED_COLUMNS.includes(key) ? t('columns.yes') : t('columns.no')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
