import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../src/renderer/i18n';

/** The app's own i18next setup (every feature's locales), for component tests. */
export function createTestI18n(language: 'en' | 'ja' = 'en'): Promise<I18n> {
  return createI18n(language);
}
