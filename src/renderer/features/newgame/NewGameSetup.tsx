import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';

export interface NewGameSetupProps {
  scenario: Scenario;
  /** The seed proposed by the start screen; the player may change it to replay a known game. */
  seed: number;
  onStart: (setup: { seed: number; playerName: string }) => void;
  onBack: () => void;
}

const MAX_SEED = 2 ** 32 - 1;

/** Confirms a new game: what the scenario is, how hard, what winning means; the seed and a name. */
export function NewGameSetup({ scenario, seed, onStart, onBack }: NewGameSetupProps) {
  const { t } = useTranslation('newgame');
  const pick = useLocalized();
  const [seedText, setSeedText] = useState(String(seed));
  const [playerName, setPlayerName] = useState('');
  const seedId = useId();
  const nameId = useId();
  const seedHelpId = useId();
  const parsedSeed = /^\d+$/.test(seedText.trim()) ? Number(seedText.trim()) : NaN;
  const seedValid = Number.isSafeInteger(parsedSeed) && parsedSeed <= MAX_SEED;
  const weights = Object.entries(scenario.scoring).filter(([, w]) => w > 0);

  return (
    <main className="game-main newgame" aria-labelledby="newgame-title">
      <div className="panel">
        <p className="muted">{t('kicker')}</p>
        <h1 id="newgame-title">{pick(scenario.title)}</h1>
        <p>{pick(scenario.description)}</p>
        <dl className="newgame-facts">
          <div>
            <dt>{t('difficulty')}</dt>
            <dd aria-label={t('difficultyValue', { n: scenario.difficulty, max: 5 })}>
              <span aria-hidden="true">
                {'★'.repeat(scenario.difficulty)}
                {'☆'.repeat(5 - scenario.difficulty)}
              </span>{' '}
              {t(`difficultyName.${scenario.difficulty}`)}
            </dd>
          </div>
          <div>
            <dt>{t('horizon')}</dt>
            <dd>{t('quarters', { n: scenario.horizonQuarters })}</dd>
          </div>
          <div>
            <dt>{t('currency')}</dt>
            <dd>{scenario.currency}</dd>
          </div>
        </dl>
        <h2>{t('winningTitle')}</h2>
        <p>{pick(scenario.winning)}</p>
        <p className="muted">{t('weightsIntro')}</p>
        <ul className="weights">
          {weights.map(([area, weight]) => (
            <li key={area}>
              {t(`area.${area}`)}: <strong>{weight}</strong>
            </li>
          ))}
        </ul>
        <p className="muted">{t('endRules')}</p>
      </div>
      <form
        className="panel newgame-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (seedValid) onStart({ seed: parsedSeed, playerName: playerName.trim() });
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>{t('playerName')}</label>
          <input
            id={nameId}
            type="text"
            value={playerName}
            maxLength={60}
            onChange={(e) => setPlayerName(e.target.value)}
            placeholder={t('playerNamePlaceholder')}
          />
        </div>
        <div className="field">
          <label htmlFor={seedId}>{t('seed')}</label>
          <input
            id={seedId}
            type="text"
            inputMode="numeric"
            value={seedText}
            aria-invalid={!seedValid}
            aria-describedby={seedHelpId}
            onChange={(e) => setSeedText(e.target.value)}
            data-testid="seed-input"
          />
          <p id={seedHelpId} className={seedValid ? 'muted small' : 'bad small'}>
            {seedValid ? t('seedHelp') : t('seedInvalid', { max: MAX_SEED })}
          </p>
        </div>
        <div className="button-row">
          <button type="button" onClick={onBack}>
            {t('back')}
          </button>
          <button type="submit" className="primary" disabled={!seedValid} data-testid="start-game">
            {t('start')}
          </button>
        </div>
      </form>
    </main>
  );
}
