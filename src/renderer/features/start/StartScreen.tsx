/**
 * The first screen: the built-in scenarios with their descriptions, the language switch, a way
 * to resume the last autosaved game, and ways to open a save or a scenario file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  HostError,
  HostResult,
  LoadedScenario,
  OpenedGame,
  ScenarioSummary,
} from '../../../shared/host-api';
import { randomSeed } from '../../app/launch';
import type { GameLaunch } from '../../app/screens';
import { useHost } from '../../host';
import { formatDateTime } from '../../i18n/format';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useLanguage } from '../../i18n/useLanguage';
import { ScenarioCard } from './ScenarioCard';
import { useStartData } from './useStartData';

export interface StartScreenProps {
  onStart: (launch: GameLaunch) => void;
  onOpenSave: (opening: Promise<HostResult<OpenedGame>>) => void;
  onError: (error: HostError) => void;
  /** Replays and analysis of saved games (features/saves). */
  onOpenAnalysis?: () => void;
}

/** Gentlest first, so a newcomer meets the introductory scenario at the top. */
function byDifficulty(scenarios: ScenarioSummary[]): ScenarioSummary[] {
  const rank = (s: ScenarioSummary) => s.difficulty ?? Number.MAX_SAFE_INTEGER;
  return [...scenarios].sort((a, b) => rank(a) - rank(b) || a.fileName.localeCompare(b.fileName));
}

export function StartScreen({ onStart, onOpenSave, onError, onOpenAnalysis }: StartScreenProps) {
  const { t } = useTranslation('start');
  const host = useHost();
  const [language] = useLanguage();
  const data = useStartData();
  const [busy, setBusy] = useState(false);

  async function startScenario(load: () => Promise<HostResult<LoadedScenario>>) {
    setBusy(true);
    const scenario = await load();
    setBusy(false);
    if (scenario.ok) onStart({ kind: 'new', scenario: scenario.value, seed: randomSeed() });
    else if (scenario.error.code !== 'cancelled') onError(scenario.error);
  }

  const titleOf = (scenarioId: string) =>
    data.listing?.scenarios.find((s) => s.id === scenarioId)?.title[language] ?? scenarioId;

  return (
    <main className="start-screen">
      <header className="start-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>

      {data.lastAutosave && (
        <section className="resume-panel" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('resumeTitle')}</h2>
          <p>
            {t('resumeWhat', {
              scenario: titleOf(data.lastAutosave.scenarioId),
              quarter: data.lastAutosave.quarter,
              time: formatDateTime(data.lastAutosave.savedAt, language),
            })}
          </p>
          <button
            type="button"
            className="button-primary"
            onClick={() => data.lastAutosave && onOpenSave(host.loadAutosave(data.lastAutosave.id))}
          >
            {t('resumeAction')}
          </button>
        </section>
      )}

      <section aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">{t('scenariosTitle')}</h2>
        {!data.listing && <p role="status">{t('loading')}</p>}
        {data.listing?.scenarios.length === 0 && <p>{t('noScenarios')}</p>}
        <ul className="scenario-list">
          {byDifficulty(data.listing?.scenarios ?? []).map((scenario) => (
            <ScenarioCard
              key={scenario.id}
              scenario={scenario}
              busy={busy}
              onStart={() => void startScenario(() => host.loadScenario(scenario.id))}
            />
          ))}
        </ul>
        {data.listing?.problems.map((problem) => (
          <p key={problem.fileName} className="problem" role="note">
            {t('brokenScenario', { file: problem.fileName })} {problem.error.detail}
          </p>
        ))}
      </section>

      <section className="open-panel" aria-labelledby="open-title">
        <h2 id="open-title">{t('openTitle')}</h2>
        <div className="button-row">
          <button type="button" onClick={() => onOpenSave(host.openGame())}>
            {t('openSave')}
          </button>
          <button type="button" onClick={() => void startScenario(() => host.openScenarioFile())}>
            {t('openScenario')}
          </button>
          {onOpenAnalysis && (
            <button type="button" onClick={onOpenAnalysis} data-testid="open-analysis">
              {t('saves:screenTitle')}
            </button>
          )}
        </div>
        {data.storageProblem && (
          <p className="problem" role="note" data-testid="storage-problem">
            {t(`app:errors.${data.storageProblem.code}`)} {data.storageProblem.detail}
          </p>
        )}
        {data.recentFiles.length > 0 && (
          <>
            <h3>{t('recentTitle')}</h3>
            <ul className="recent-list">
              {data.recentFiles.map((file) => (
                <li key={file.fileRef}>
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => onOpenSave(host.openGame(file.fileRef))}
                  >
                    {file.name}
                  </button>
                  <span className="muted"> {formatDateTime(file.openedAt, language)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  );
}
