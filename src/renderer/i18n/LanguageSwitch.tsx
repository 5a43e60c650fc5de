import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/host-api';
import { LANGUAGES } from '../../shared/host-api';
import { useLanguage } from './useLanguage';

// Each language is named in itself, so a player who cannot read the current one still finds theirs.
const NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

export function LanguageSwitch() {
  const { t } = useTranslation('app');
  const [language, setLanguage] = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
