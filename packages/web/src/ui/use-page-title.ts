import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title ("Obiettivo C50_0004 · Traguardo"): the first thing a screen reader announces. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('appName')}` : t('appName');
  }, [title, t]);
}
