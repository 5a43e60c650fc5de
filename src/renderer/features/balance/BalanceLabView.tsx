/**
 * The Balance lab: for scenario authors, facilitators and the team. Pick a built-in scenario,
 * the player's own scenario file or the open game's scenario; the engine's balance lab runs in
 * a Web Worker and reports whether reading the situation beats every fixed recipe. This view
 * only formats what the engine reports.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostError, ScenarioSummary } from '../../../shared/host-api';
import { DEFAULT_LAB_SETTINGS, type LabSection } from '../../../sim/index';
import { formatNumber, type NumberContext } from '../../components/format';
import { useLocalized, useUiLanguage } from '../../components/useLocalized';
import { useHost } from '../../host';
import { intlLocale } from '../../i18n/format';
import { BalanceResults } from './BalanceResults';
import { keptPlansFor } from './kept-plans';
import { useBalanceRun } from './useBalanceRun';

export interface LabScenario {
  key: string;
  title: { en: string; ja: string };
  json: unknown;
}

/** Defaults small enough for a minute or two in the browser; the CLI runs the full lab. */
const DEFAULT_SEEDS = 30;
const DEFAULT_BUDGET = 400;
const MAX_SEEDS = 1000;
const MAX_BUDGET = 20000;
const SLOW_SECTIONS: readonly LabSection[] = ['sensitivity', 'options', 'foresight'];

export function BalanceLabView({ gameScenario }: { gameScenario?: LabScenario }) {
  const { t } = useTranslation('balance');
  const localized = useLocalized();
  const language = useUiLanguage();
  // The lab reports scores, shares and counts, never money: the locale is all it formats by.
  const format = useMemo<NumberContext>(() => ({ locale: intlLocale(language) }), [language]);
  const count = (n: number) => formatNumber(n, format, 0);
  const host = useHost();
  const { state, start, cancel } = useBalanceRun();
  const [builtIns, setBuiltIns] = useState<ScenarioSummary[]>([]);
  const [chosen, setChosen] = useState<LabScenario | null>(gameScenario ?? null);
  const [problem, setProblem] = useState<HostError | null>(null);
  const [seeds, setSeeds] = useState(DEFAULT_SEEDS);
  const [budget, setBudget] = useState(DEFAULT_BUDGET);
  const [slow, setSlow] = useState<Record<string, boolean>>({});

  useEffect(() => {
    let current = true;
    void host.listScenarios().then((l) => {
      if (current) setBuiltIns(l.scenarios);
    });
    return () => {
      current = false;
    };
  }, [host]);

  async function pickBuiltIn(id: string) {
    setProblem(null);
    const r = await host.loadScenario(id);
    if (r.ok) setChosen({ key: `builtin:${id}`, title: r.value.summary.title, json: r.value.json });
    else setProblem(r.error);
  }

  async function openFile() {
    setProblem(null);
    const r = await host.openScenarioFile();
    if (r.ok)
      setChosen({
        key: `file:${r.value.summary.fileName}`,
        title: r.value.summary.title,
        json: r.value.json,
      });
    else if (r.error.code !== 'cancelled') setProblem(r.error);
  }

  const valid =
    Number.isInteger(seeds) &&
    seeds >= 2 &&
    seeds <= MAX_SEEDS &&
    Number.isInteger(budget) &&
    budget >= 20 &&
    budget <= MAX_BUDGET;
  const run = async () => {
    if (!chosen) return;
    // A built-in scenario's search starts from the plans earlier full searches found.
    const planLibraryJson = chosen.key.startsWith('builtin:')
      ? await keptPlansFor(chosen.key.slice('builtin:'.length))
      : undefined;
    start({
      scenarioJson: chosen.json,
      ...(planLibraryJson !== undefined ? { planLibraryJson } : {}),
      settings: {
        ...DEFAULT_LAB_SETTINGS,
        seeds,
        budget,
        sensitivitySeeds: Math.min(seeds, DEFAULT_LAB_SETTINGS.sensitivitySeeds),
        // Fewer seeds asked, fewer draws, from a pool of the same proportion (20 seeds a draw).
        optionDraws: Math.min(seeds, DEFAULT_LAB_SETTINGS.optionDraws),
        optionPoolSeeds: Math.min(
          DEFAULT_LAB_SETTINGS.optionPoolSeeds,
          Math.round(
            (seeds * DEFAULT_LAB_SETTINGS.optionPoolSeeds) / DEFAULT_LAB_SETTINGS.optionDraws,
          ),
        ),
        // Each seed's foresight search may play no more than the search itself was given.
        foresightBudget: Math.min(budget, DEFAULT_LAB_SETTINGS.foresightBudget),
        sections: ['policies', 'search', ...SLOW_SECTIONS.filter((s) => slow[s])],
      },
    });
  };

  return (
    <section className="panel balance" data-testid="balance-lab" aria-labelledby="balance-title">
      <h2 id="balance-title">{t('title')}</h2>
      <p className="muted">{t('explain')}</p>
      <div className="luck-controls">
        <label>
          {t('scenario')}{' '}
          <select
            value={chosen?.key.startsWith('builtin:') ? chosen.key.slice(8) : ''}
            onChange={(e) => void pickBuiltIn(e.target.value)}
            data-testid="balance-scenario"
          >
            <option value="" disabled>
              {chosen && !chosen.key.startsWith('builtin:') ? localized(chosen.title) : t('choose')}
            </option>
            {builtIns.map((s) => (
              <option key={s.id} value={s.id}>
                {localized(s.title)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void openFile()} data-testid="balance-open-file">
          {t('openFile')}
        </button>
        {gameScenario && (
          <button
            type="button"
            onClick={() => setChosen(gameScenario)}
            data-testid="balance-game-scenario"
          >
            {t('gameScenario')}
          </button>
        )}
      </div>
      <div className="luck-controls">
        <label>
          {t('seeds')}{' '}
          <input
            type="number"
            min={2}
            max={MAX_SEEDS}
            value={Number.isFinite(seeds) ? seeds : ''}
            onChange={(e) => setSeeds(e.target.valueAsNumber)}
            data-testid="balance-seeds"
          />
        </label>
        <label>
          {t('budget')}{' '}
          <input
            type="number"
            min={20}
            max={MAX_BUDGET}
            step={100}
            value={Number.isFinite(budget) ? budget : ''}
            onChange={(e) => setBudget(e.target.valueAsNumber)}
            data-testid="balance-budget"
          />
        </label>
        {SLOW_SECTIONS.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={slow[s] === true}
              onChange={(e) => setSlow({ ...slow, [s]: e.target.checked })}
              data-testid={`balance-section-${s}`}
            />{' '}
            {t(`section.${s}`)}
          </label>
        ))}
        <button
          type="button"
          className="primary"
          disabled={!chosen || !valid || state.status === 'running'}
          onClick={() => void run()}
          data-testid="balance-run"
        >
          {t('run')}
        </button>
        {state.status === 'running' && (
          <>
            <button type="button" onClick={cancel} data-testid="balance-cancel">
              {t('cancel')}
            </button>
            <progress
              value={state.progress?.done ?? 0}
              max={state.progress?.total ?? 1}
              aria-label={t('progress')}
              data-testid="balance-progress"
            />
            <span>
              {state.progress
                ? t('progressText', {
                    stage: t(`stage.${state.progress.stage}`),
                    done: count(state.progress.done),
                    total: count(state.progress.total),
                  })
                : t('starting')}
            </span>
          </>
        )}
        {!valid && (
          <span className="problem">
            {t('invalid', { seeds: count(MAX_SEEDS), budget: count(MAX_BUDGET) })}
          </span>
        )}
      </div>
      {chosen && (
        <p data-testid="balance-chosen">{t('chosen', { title: localized(chosen.title) })}</p>
      )}
      {problem && (
        <p role="alert" className="problem">
          {problem.detail}
        </p>
      )}
      {state.status === 'cancelled' && <p role="status">{t('cancelled')}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="problem">
          {t('failed', { message: state.message })}
        </p>
      )}
      {state.status === 'done' && <BalanceResults report={state.result} format={format} />}
    </section>
  );
}
