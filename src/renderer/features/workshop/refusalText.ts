/**
 * A workshop refusal in the reader's words: the server sends a code and its parameters
 * (src/shared/workshop-refusals.ts), the texts are the workshop namespace's `refusal.<code>`.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Refusal } from '../../../shared/workshop-refusals';
import { languageOf } from '../../components/useLocalized';

/** The refusal's text in `t`'s language (`t` bound to the workshop namespace). */
export function refusalText(t: TFunction, language: string | undefined, refusal: Refusal): string {
  const lang = languageOf(language);
  const key = `refusal.${refusal.code}`;
  switch (refusal.code) {
    case 'role-not-allowed': {
      const list = new Intl.ListFormat(lang, { type: 'disjunction' });
      return t(key, { roles: list.format(refusal.roles.map((r) => t(`role.${r}`))) });
    }
    case 'game-refused': {
      const reasons = refusal.reasons
        .map((r) => (r.path ? `${r.path}: ${r.reason[lang]}` : r.reason[lang]))
        .join(lang === 'ja' ? '／' : '; ');
      return t(key, { reasons, team: refusal.team, context: refusal.team ? 'team' : undefined });
    }
    case 'forecast-invalid':
      return t(key, { paths: refusal.paths.join(', ') });
    default:
      return t(key, { ...refusal });
  }
}

/** The page's way of wording refusals, following its language. */
export function useRefusalText(): (refusal: Refusal) => string {
  const { t, i18n } = useTranslation('workshop');
  const language = i18n.resolvedLanguage;
  return useCallback((refusal: Refusal) => refusalText(t, language, refusal), [t, language]);
}
