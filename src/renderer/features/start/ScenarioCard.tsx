import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../shared/host-api';
import { useLanguage } from '../../i18n/useLanguage';

const MAX_DIFFICULTY = 5;

export function ScenarioCard({
  scenario,
  busy,
  onStart,
}: {
  scenario: ScenarioSummary;
  busy: boolean;
  onStart: () => void;
}) {
  const { t } = useTranslation('start');
  const [language] = useLanguage();
  const titleId = `scenario-${scenario.id}-title`;
  return (
    <li className="scenario-card" aria-labelledby={titleId} data-scenario-id={scenario.id}>
      <h3 id={titleId}>{scenario.title[language]}</h3>
      <p className="scenario-description">{scenario.description[language]}</p>
      <dl className="scenario-facts">
        {scenario.difficulty !== null && (
          <div>
            <dt>{t('difficulty')}</dt>
            <dd aria-label={t('difficultyOf', { value: scenario.difficulty, max: MAX_DIFFICULTY })}>
              {'●'.repeat(scenario.difficulty)}
              {'○'.repeat(Math.max(0, MAX_DIFFICULTY - scenario.difficulty))}
            </dd>
          </div>
        )}
        {scenario.horizonQuarters !== null && (
          <div>
            <dt>{t('horizon')}</dt>
            <dd>{t('quarters', { count: scenario.horizonQuarters })}</dd>
          </div>
        )}
        {scenario.currency !== null && (
          <div>
            <dt>{t('currency')}</dt>
            <dd>{scenario.currency}</dd>
          </div>
        )}
      </dl>
      <button type="button" className="button-primary" disabled={busy} onClick={onStart}>
        {t('startGame')}
      </button>
    </li>
  );
}
