import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

// Every feature's resource files, the same files the app loads: features/<ns>/locales/<lang>.json.
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../src/renderer/features/*/locales/*.json',
  { eager: true },
);

/** An i18next instance with all feature namespaces, for component tests. */
export async function createTestI18n(language: 'en' | 'ja' = 'en'): Promise<I18n> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /features\/([^/]+)\/locales\/([a-z]+)\.json$/.exec(path);
    if (!match) continue;
    const [, namespace, lang] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[namespace] = module.default;
  }
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources,
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'game',
    interpolation: { escapeValue: false },
  });
  return instance;
}
