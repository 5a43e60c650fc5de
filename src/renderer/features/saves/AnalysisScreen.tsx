/**
 * Replays and analysis: open any save, step through it, branch it, compare it with another run
 * of the same scenario, and measure luck against skill. Reached from the start screen (empty) or
 * from a running game (opened on that game).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostResult, OpenedGame } from '../../../shared/host-api';
import { branchGame, type Decisions, type Game } from '../../../sim/index';
import type { GameLaunch } from '../../app/screens';
import type { FormatContext } from '../../components/format';
import { useHost } from '../../host';
import { intlLocale } from '../../i18n/format';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useUiLanguage } from '../../components/useLocalized';
import { BalanceLabView } from '../balance/BalanceLabView';
import { SituationTag } from '../briefing/StartingSituation';
import { CompareView } from '../compare/CompareView';
import { LuckView } from '../luck/LuckView';
import { ReplayViewer } from '../replay/ReplayViewer';
import { saveName } from './useSessionFiles';
import { gameFromOpened, offersModelChange, type OpenProblem } from './openSavedGame';
import { SaveErrorPanel } from './SaveErrorPanel';
import { SaveLibrary } from './SaveLibrary';
import '../game/game.css';
import './analysis.css';

export interface Run {
  game: Game;
  name: string;
  fileRef: string | null;
  /** a game left for analysis mid-plan: its unsubmitted plan, restored on "Continue playing" */
  draft?: Decisions | null;
  /** and the autosave set it keeps writing to */
  autosaveGameId?: string;
}

type Tab = 'replay' | 'compare' | 'luck' | 'balance';
const TABS: readonly Tab[] = ['replay', 'compare', 'luck', 'balance'];

export interface AnalysisScreenProps {
  initial?: Run;
  onLaunch: (launch: GameLaunch) => void;
  onExit: () => void;
}

/** Back to playing a game from analysis: the game as it is, with its plan and autosave set. */
function launchOf({ game, fileRef, draft, autosaveGameId }: Run): GameLaunch {
  return {
    kind: 'saved',
    game,
    draft: draft ?? null,
    warnings: [],
    fileRef,
    ...(autosaveGameId ? { autosaveGameId } : {}),
  };
}

export function AnalysisScreen({ initial, onLaunch, onExit }: AnalysisScreenProps) {
  const { t } = useTranslation('saves');
  const host = useHost();
  const language = useUiLanguage();
  const [runA, setRunA] = useState<Run | null>(initial ?? null);
  const [runB, setRunB] = useState<Run | null>(null);
  const [tab, setTab] = useState<Tab>('replay');
  // The balance lab works on scenarios, so it is there with or without an open game: a tab
  // beside the game's analyses when one is open (its scenario is offered), else in the header.
  const [balanceLab, setBalanceLab] = useState(false);
  const [problem, setProblem] = useState<OpenProblem | null>(null);
  const [reopen, setReopen] = useState<(() => void) | null>(null);

  async function open(opening: Promise<HostResult<OpenedGame>>, into: 'a' | 'b') {
    setProblem(null);
    setReopen(null);
    const opened = await opening;
    if (!opened.ok) {
      if (opened.error.code !== 'cancelled') setProblem({ source: 'host', error: opened.error });
      return;
    }
    await openRun(opened.value, into, false);
  }

  async function openRun(opened: OpenedGame, into: 'a' | 'b', acceptModelChange: boolean) {
    const r = await gameFromOpened(host, opened, { acceptModelChange });
    if (!r.ok) {
      setProblem(r.problem);
      if (r.problem && offersModelChange(r.problem))
        setReopen(() => () => {
          setProblem(null);
          setReopen(null);
          void openRun(opened, into, true);
        });
      return;
    }
    // A game re-opened under the current model is no longer the file's game: "Save" asks where.
    const fileRef = r.value.modelChange ? null : r.value.opened.fileRef;
    const run = { game: r.value.game, name: r.value.opened.name, fileRef };
    if (into === 'a') {
      setRunA(run);
      setRunB(null);
      setTab('replay');
    } else setRunB(run);
  }

  function branch(quarter: number) {
    if (!runA) return;
    const b = branchGame(runA.game, quarter);
    onLaunch(launchOf({ game: b, name: saveName(b), fileRef: null }));
  }

  const format: FormatContext | null = runA
    ? { locale: intlLocale(language), currency: runA.game.scenario.currency }
    : null;

  return (
    <div className="game analysis" data-testid="analysis">
      <header className="game-header">
        <h1>{t('screenTitle')}</h1>
        {runA && (
          <span className="status" title={runA.name}>
            <span className="status-name">{t('current', { name: runA.name })}</span>
            <SituationTag game={runA.game} />
          </span>
        )}
        <div className="header-tools">
          {!runA && (
            <button
              type="button"
              aria-pressed={balanceLab}
              onClick={() => setBalanceLab(!balanceLab)}
              data-testid="open-balance-lab"
            >
              {balanceLab ? t('closeBalanceLab') : t('balanceLab')}
            </button>
          )}
          {runA && (
            <button
              type="button"
              onClick={() => {
                setRunA(null);
                setRunB(null);
              }}
              data-testid="open-another"
            >
              {t('openAnother')}
            </button>
          )}
          {runA && (
            <button
              type="button"
              className="primary"
              onClick={() => onLaunch(launchOf(runA))}
              data-testid="continue-playing"
            >
              {t('continuePlaying')}
            </button>
          )}
          <LanguageSwitch />
          <button type="button" onClick={onExit}>
            {t('back')}
          </button>
        </div>
      </header>
      {problem && (
        <SaveErrorPanel
          problem={problem}
          onDismiss={() => setProblem(null)}
          onOpenUnderCurrentModel={reopen ?? undefined}
        />
      )}
      <main className="game-main">
        {!runA || !format ? (
          balanceLab ? (
            <BalanceLabView />
          ) : (
            <>
              <p>{t('chooseFirst')}</p>
              <SaveLibrary actionLabel={t('replay')} onPick={(o) => void open(o, 'a')} />
            </>
          )
        ) : (
          <>
            <div className="game-tabs" role="tablist" aria-label={t('screenTitle')}>
              {TABS.map((x) => (
                <button
                  key={x}
                  type="button"
                  role="tab"
                  aria-selected={tab === x}
                  onClick={() => setTab(x)}
                  data-testid={`analysis-tab-${x}`}
                >
                  {t(`tab.${x}`)}
                </button>
              ))}
            </div>
            {tab === 'replay' && (
              <ReplayViewer game={runA.game} format={format} onBranch={branch} />
            )}
            {tab === 'compare' && (
              <>
                {runB ? (
                  <>
                    <button type="button" onClick={() => setRunB(null)}>
                      {t('cancelPick')}
                    </button>
                    <CompareView a={runA} b={runB} format={format} />
                  </>
                ) : (
                  <>
                    <p>{t('pickSecond')}</p>
                    <SaveLibrary actionLabel={t('compareWith')} onPick={(o) => void open(o, 'b')} />
                  </>
                )}
              </>
            )}
            {tab === 'luck' && <LuckView game={runA.game} format={format} />}
            {tab === 'balance' && (
              <BalanceLabView
                gameScenario={{
                  key: `game:${runA.name}`,
                  title: runA.game.scenario.title,
                  json: runA.game.scenario,
                }}
              />
            )}
          </>
        )}
      </main>
    </div>
  );
}

export default AnalysisScreen;
