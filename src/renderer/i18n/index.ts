/**
 * i18next setup. Resources are pluggable per feature: every
 * `src/renderer/features/<feature>/locales/<language>.json` becomes the namespace `<feature>`
 * (use it with `useTranslation('<feature>')`) without editing this file; the app shell's own
 * strings are the `app` namespace (./locales). The terminology table (./terminology.json, one
 * term per concept) is the namespace `terms`: `t('terms:debtTax')`, and the glossary's headings.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/host-api';
import { LANGUAGES } from '../../shared/host-api';
import { jaName } from '../../sim/index';
import terminology from './terminology.json';

type Resources = Record<string, Record<string, Record<string, unknown>>>;
type JsonModules = Record<string, Record<string, unknown>>;

const featureFiles: JsonModules = import.meta.glob('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});
const appFiles: JsonModules = import.meta.glob('./locales/*.json', {
  eager: true,
  import: 'default',
});

/** Groups resource files by language and namespace; exported for the tests. */
export function collectResources(features: JsonModules, app: JsonModules): Resources {
  const resources: Resources = {};
  for (const [path, strings] of Object.entries(features)) {
    const match = /features\/([^/]+)\/locales\/([a-z]{2})\.json$/.exec(path);
    if (match?.[1] && match[2]) (resources[match[2]] ??= {})[match[1]] = strings;
  }
  for (const [path, strings] of Object.entries(app)) {
    const match = /locales\/([a-z]{2})\.json$/.exec(path);
    if (match?.[1]) (resources[match[1]] ??= {}).app = strings;
  }
  for (const language of LANGUAGES) (resources[language] ??= {}).terms = termsIn(language);
  return resources;
}

/** Each concept's term in `language`, from the terminology table. */
export function termsIn(language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(terminology.terms).map(([id, term]) => [id, term[language]]),
  );
}

/** The language to start in: the remembered choice, else the system/browser locale. */
export function initialLanguage(remembered: Language | null, locale: string): Language {
  if (remembered) return remembered;
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export async function createI18n(language: Language): Promise<I18n> {
  const resources = collectResources(featureFiles, appFiles);
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources,
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'app',
    // React escapes what it renders; escaping here would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{who, name}}の信頼": a Latin name is set off from the Japanese after it ("CEO の信頼").
  instance.services.formatter?.add('name', (value: unknown, lng: string | undefined) =>
    lng === 'ja' ? jaName(String(value)) : String(value),
  );
  syncDocumentLanguage(instance.language);
  instance.on('languageChanged', syncDocumentLanguage);
  return instance;
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
