import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../components/useLocalized';

const NAMES = { en: 'English', ja: '日本語' } as const;

/** The page's language (each page chooses its own; nothing is stored on the server). */
export function LanguageToggle() {
  const { i18n, t } = useTranslation('workshop');
  const current = useUiLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      {(['en', 'ja'] as const).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
