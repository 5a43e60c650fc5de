import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The engine's and scenarios' bilingual strings. */
export interface LocalizedText {
  en: string;
  ja: string;
}

export type UiLanguage = 'en' | 'ja';

/** The current UI language as the engine's two-letter key. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language ?? 'en').startsWith('ja') ? 'ja' : 'en';
}

/** Returns a function that picks the current language's side of a LocalizedText. */
export function useLocalized(): (text: LocalizedText | undefined) => string {
  const language = useUiLanguage();
  return useCallback((text) => (text ? text[language] : ''), [language]);
}
