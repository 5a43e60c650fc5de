import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../shared/host-api';

/** An i18next language tag ('ja', 'ja-JP', 'en-US', none yet) as the engine's two-letter key. */
export function languageOf(tag: string | undefined): Language {
  return tag?.startsWith('ja') ? 'ja' : 'en';
}

/** The current UI language as the engine's two-letter key. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return languageOf(i18n.resolvedLanguage ?? i18n.language);
}

/** Returns a function that picks the current language's side of a LocalizedText. */
export function useLocalized(): (text: LocalizedText | undefined) => string {
  const language = useUiLanguage();
  return useCallback((text) => (text ? text[language] : ''), [language]);
}
