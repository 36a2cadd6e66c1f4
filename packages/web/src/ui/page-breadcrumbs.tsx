import { Breadcrumb, BreadcrumbItem } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type Crumb = { label: string; to?: string };

/** Enti › Comune di Cremona › Piano … › Linea › Obiettivo: the first crumb is always the list of organisations. */
export function PageBreadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  const all: Crumb[] = [{ label: t('breadcrumb.orgs'), to: '/' }, ...items];
  return (
    <Breadcrumb aria-label={t('breadcrumb.label')} className="mb-3">
      {all.map((crumb, i) => {
        const last = i === all.length - 1;
        return (
          <BreadcrumbItem key={`${crumb.to ?? ''}|${crumb.label}`} active={last}>
            {crumb.to && !last ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label}
            {!last && (
              <span className="separator" aria-hidden="true">
                /
              </span>
            )}
          </BreadcrumbItem>
        );
      })}
    </Breadcrumb>
  );
}
