import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n.ts';

const labels: Record<Language, { short: string; key: 'header.italian' | 'header.english' }> = {
  it: { short: 'IT', key: 'header.italian' },
  en: { short: 'EN', key: 'header.english' },
};

/** Two buttons, the current language pressed; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-switch d-flex align-items-center gap-1 me-3 mb-0">
      <legend className="visually-hidden">{t('header.language')}</legend>
      {LANGUAGES.map((language) => {
        const current = i18n.resolvedLanguage === language;
        return (
          <button
            key={language}
            type="button"
            lang={language}
            className="btn btn-xs px-2 py-1"
            aria-pressed={current}
            onClick={() => void changeLanguage(language)}
          >
            <span aria-hidden="true">{labels[language].short}</span>
            <span className="visually-hidden">{t(labels[language].key)}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
