/**
 * Locale-aware formatting for the app shell and any feature: the Intl locale for a UI language,
 * counts and dates. (Money, and the game screens' unit-by-unit formatting of engine values, live
 * in src/renderer/components/format.ts, which takes the locale from here.)
 */
import type { Language } from '../../shared/host-api';

/** The Intl locale used for a UI language. */
export function intlLocale(language: Language): string {
  return language === 'ja' ? 'ja-JP' : 'en-US';
}

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 0 }).format(value);
}

/** A 0-1 fraction as a percentage. */
export function formatPercent(fraction: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** An ISO time as a short local date and time (autosave and recent-file lists). */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
