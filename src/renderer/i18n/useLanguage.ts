import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../shared/host-api';
import { useUiLanguage } from '../components/useLocalized';
import { useHost } from '../host/HostContext';

/** The current UI language, and a switch that also remembers the choice through the host. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const host = useHost();
  const language = useUiLanguage();
  const setLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      void host.setLanguage(next);
    },
    [i18n, host],
  );
  return [language, setLanguage];
}

/** Picks the current language's side of a scenario or engine text. */
export function pickText(text: LocalizedText, language: Language): string {
  return text[language];
}
