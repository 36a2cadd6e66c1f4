import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { auditTexts } from './audit/i18n.ts';
import { authTexts } from './auth/i18n.ts';
import { authoringTexts } from './authoring/i18n.ts';
import { changeRequestsTexts } from './change-requests/i18n.ts';
import { documentsTexts } from './documents/i18n.ts';
import { evaluationsTexts } from './evaluations/i18n.ts';
import { importExportTexts } from './import-export/i18n.ts';
import { monitoringTexts } from './monitoring/i18n.ts';
import { orgsTexts } from './orgs/i18n.ts';
import { plansTexts } from './plans/i18n.ts';
import { rulesTexts } from './rules/i18n.ts';
import { uiTexts } from './ui/i18n.ts';

/**
 * Every feature's texts, one namespace per feature folder. A feature adds one import and one line here.
 * Italian is the default language; English is selectable in the header and remembered in this browser.
 */
export const texts = {
  ui: uiTexts,
  auth: authTexts,
  orgs: orgsTexts,
  plans: plansTexts,
  authoring: authoringTexts,
  changeRequests: changeRequestsTexts,
  documents: documentsTexts,
  evaluations: evaluationsTexts,
  importExport: importExportTexts,
  monitoring: monitoringTexts,
  rules: rulesTexts,
  audit: auditTexts,
} as const;

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'it';
const STORAGE_KEY = 'traguardo.language';

type Namespace = keyof typeof texts;
type Resources<L extends Language> = { [N in Namespace]: (typeof texts)[N][L] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: Resources<'it'>;
  }
}

const resourcesFor = (language: Language) =>
  Object.fromEntries(Object.entries(texts).map(([ns, tree]) => [ns, tree[language]]));

const isLanguage = (value: unknown): value is Language => LANGUAGES.some((l) => l === value);

export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage may be blocked (private mode, strict settings): fall back to Italian.
    return DEFAULT_LANGUAGE;
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, still applied for this visit.
  }
  await i18next.changeLanguage(language);
}

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18next.on('languageChanged', syncDocumentLanguage);

void i18next.use(initReactI18next).init({
  resources: { it: resourcesFor('it'), en: resourcesFor('en') },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(texts),
  defaultNS: 'ui',
  interpolation: { escapeValue: false },
  // Texts are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
  react: { useSuspense: false },
  showSupportNotice: false,
});

export { i18next };
