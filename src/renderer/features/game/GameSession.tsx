import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canTakeBack,
  choiceDialogs,
  continueEndsGame,
  pendingEvents,
  selectRequestStakes,
  type Decisions,
  type LocalizedText,
} from '../../../sim/index';
import { intlLocale } from '../../i18n/format';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useLocalized, useUiLanguage } from '../../components/useLocalized';
import type { FormatContext } from '../../components/format';
import { useGame, type GameInit, type PlayPhase } from '../../game/useGame';
import { BriefingView } from '../briefing/BriefingView';
import { Dashboard } from '../dashboard/Dashboard';
import { Debrief } from '../debrief/Debrief';
import { PlanningView } from '../decisions/PlanningView';
import { usePlanDraft } from '../decisions/usePlanDraft';
import { EventDialog } from '../events/EventDialog';
import { SmallRequestsDialog } from '../events/SmallRequestsDialog';
import { FirstQuarterTour, tourAlreadySeen, type TourStep } from '../help/FirstQuarterTour';
import { GlossaryDialog } from '../help/GlossaryDialog';
import { ReportView } from '../report/ReportView';
import { GameFileControls } from '../saves/GameFileControls';
import { useSessionFiles } from '../saves/useSessionFiles';
import { LoadNotices } from '../saves/LoadNotices';
import { ScreenBoundary } from '../../app/ScreenBoundary';

type Tab = 'briefing' | 'dashboard' | 'plan' | 'report';
const TABS: Tab[] = ['briefing', 'dashboard', 'plan', 'report'];

/** The view each phase opens on. */
function naturalTab(phase: PlayPhase): Tab {
  if (phase === 'briefing') return 'briefing';
  if (phase === 'planning') return 'plan';
  if (phase === 'review') return 'report';
  return 'dashboard';
}

export interface GameSessionProps {
  init: GameInit;
  onExit: () => void;
  /** The unsubmitted plan saved with a resumed game: planning starts from it. */
  restoredDraft?: Decisions | null;
  /** What loading the save left out, and why (a damaged plan draft). */
  notices?: LocalizedText[];
}

/**
 * A running game: header, the views (briefing, dashboard, plan, report), the event dialogs, help
 * and the end-of-game debrief. Each quarter opens on its briefing; the plan follows.
 */
export function GameSession({
  init,
  onExit,
  restoredDraft = null,
  notices = [],
}: GameSessionProps) {
  const { t } = useTranslation('game');
  const tr = useTranslation('report').t;
  const pick = useLocalized();
  const language = useUiLanguage();
  const { game, phase, lastError, startPlanning, submitDecisions, answer, continueGame, act } =
    useGame(init);
  const plan = usePlanDraft(game, restoredDraft);
  // Autosaving belongs to the session: it goes on whatever the header shows.
  const files = useSessionFiles(game, plan.draft);
  const pending = phase === 'events' ? pendingEvents(game) : [];
  const dialogs = choiceDialogs(pending);
  const dialog = dialogs[0];
  const lastQuarter = game.history.at(-1)?.quarter;
  const currency = game.scenario.currency;
  const format = useMemo<FormatContext>(
    () => ({ locale: intlLocale(language), currency }),
    [language, currency],
  );

  const [tab, setTab] = useState<Tab>(() => naturalTab(phase));
  const [showTour, setShowTour] = useState(() => game.history.length === 0 && !tourAlreadySeen());
  const [showGlossary, setShowGlossary] = useState(false);
  // Each phase opens its natural view; adjusted during render (no extra effect pass).
  const [seenPhase, setSeenPhase] = useState(phase);
  if (seenPhase !== phase) {
    setSeenPhase(phase);
    if (phase !== 'ended') setTab(naturalTab(phase));
  }
  // Leaving the briefing removes its focused button: keyboard focus moves on to the Plan tab.
  const startedHere = useRef(false);
  useEffect(() => {
    if (phase !== 'planning' || !startedHere.current) return;
    startedHere.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById('tab-plan')?.focus();
  }, [phase]);
  function beginPlanning() {
    startedHere.current = true;
    startPlanning();
  }

  function onTourStep(step: TourStep) {
    if (step === 'briefing') setTab('briefing');
    if (step === 'dashboard') setTab('dashboard');
    if (step === 'decisions' || step === 'projection' || step === 'submit') {
      if (phase === 'briefing') startPlanning();
      setTab('plan');
    }
  }
  function closeTour() {
    setShowTour(false);
    // The tour's buttons go with it: focus returns to where the quarter goes on.
    if (phase === 'briefing') document.getElementById('start-planning')?.focus();
  }
  function chooseTab(x: Tab) {
    // The plan of a quarter still in its briefing: opening it starts planning.
    if (x === 'plan' && phase === 'briefing') beginPlanning();
    setTab(x);
  }

  function onTabKey(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    // Arrow keys only move between views: they never start planning on the way past the plan.
    const available = TABS.filter((x) => tabEnabled(x) && !(x === 'plan' && phase === 'briefing'));
    const i = available.indexOf(tab);
    const next =
      available[(i + (e.key === 'ArrowRight' ? 1 : available.length - 1)) % available.length];
    if (next) {
      setTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  }
  function tabEnabled(x: Tab) {
    if (x === 'briefing' || x === 'plan') return phase === 'briefing' || phase === 'planning';
    if (x === 'report') return lastQuarter !== undefined;
    return true;
  }
  const shownTab = tabEnabled(tab) ? tab : 'dashboard';
  // A new view starts at its top (the previous screen may have been scrolled down).
  useEffect(() => {
    window.scrollTo?.(0, 0);
  }, [shownTab, game.quarter]);

  return (
    <div
      className="game"
      data-phase={game.phase}
      data-play-phase={phase}
      data-quarter={game.quarter}
      data-resolved-quarters={game.history.length}
    >
      {shownTab === 'plan' && phase === 'planning' && (
        // The first stop of the keyboard on the plan: straight to End quarter (or, while the plan
        // cannot be submitted, to the box that says why).
        <a
          className="skip-link"
          href="#end-quarter"
          data-testid="skip-to-end-quarter"
          onClick={(e) => {
            e.preventDefault();
            const button = document.getElementById('end-quarter') as HTMLButtonElement | null;
            const target =
              button && !button.disabled ? button : document.getElementById('plan-submit');
            target?.focus();
          }}
        >
          {t('skipToEndQuarter')}
        </a>
      )}
      <header className="game-header">
        <h1>{pick(game.scenario.title)}</h1>
        <div className="status" aria-live="polite">
          {game.playerName && <span>{game.playerName}</span>}
          <span data-testid="quarter-label">
            {t('quarterOf', { quarter: game.quarter, horizon: game.scenario.horizonQuarters })}
          </span>
          <span>{t(`phase.${phase}`)}</span>
          <span className="muted-light">{t('seed', { seed: game.seed })}</span>
        </div>
        <div className="header-tools">
          <GameFileControls game={game} draft={plan.draft} session={files} />
          <button type="button" onClick={() => setShowGlossary(true)}>
            {t('glossary')}
          </button>
          <button type="button" onClick={() => setShowTour(true)}>
            {t('guide')}
          </button>
          <LanguageSwitch />
          <button type="button" onClick={onExit}>
            {t('exit')}
          </button>
        </div>
      </header>
      <LoadNotices notices={notices} />

      {phase === 'ended' ? (
        <ScreenBoundary name="debrief" gameKept onBackToStart={onExit}>
          <Debrief game={game} format={format} onExit={onExit} />
        </ScreenBoundary>
      ) : (
        <>
          <div className="game-tabs" role="tablist" aria-label={t('views')} onKeyDown={onTabKey}>
            {TABS.map((x) => (
              <button
                key={x}
                id={`tab-${x}`}
                type="button"
                role="tab"
                aria-selected={shownTab === x}
                aria-controls="game-view"
                tabIndex={shownTab === x ? 0 : -1}
                disabled={!tabEnabled(x)}
                onClick={() => chooseTab(x)}
              >
                {t(`tab.${x}`)}
              </button>
            ))}
          </div>
          <main
            id="game-view"
            className="game-main"
            role="tabpanel"
            aria-labelledby={`tab-${shownTab}`}
          >
            {/* A view that fails to render leaves the session (header, Save, other views) in place. */}
            <ScreenBoundary
              name={`view:${shownTab}`}
              gameKept
              onBackToStart={onExit}
              resetKeys={[shownTab, game.quarter, phase]}
            >
              {shownTab === 'briefing' && (
                <BriefingView
                  game={game}
                  format={format}
                  onStartPlanning={phase === 'briefing' ? beginPlanning : undefined}
                  onBackToPlan={phase === 'planning' ? () => chooseTab('plan') : undefined}
                />
              )}
              {shownTab === 'dashboard' && <Dashboard game={game} format={format} />}
              {shownTab === 'plan' && phase === 'planning' && (
                <PlanningView
                  key={game.quarter}
                  game={game}
                  onSubmit={submitDecisions}
                  format={format}
                  submitError={lastError ? pick(lastError) : undefined}
                  initialDraft={plan.draft}
                  restored={plan.restored}
                  onDraftChange={plan.edit}
                  onReset={plan.reset}
                />
              )}
              {shownTab === 'report' && lastQuarter !== undefined && (
                <>
                  {phase === 'review' && (
                    <div className="panel review-bar">
                      <span>{t('reviewHint')}</span>
                      <button
                        type="button"
                        className="primary"
                        onClick={continueGame}
                        data-testid="continue"
                      >
                        {continueEndsGame(game) ? tr('finish') : tr('continue')}
                      </button>
                    </div>
                  )}
                  <ReportView game={game} quarter={lastQuarter} format={format} />
                </>
              )}
            </ScreenBoundary>
          </main>
        </>
      )}

      <ScreenBoundary
        name="dialogs"
        gameKept
        onBackToStart={onExit}
        resetKeys={[pending[0]?.id, showTour, showGlossary]}
      >
        {dialog?.kind === 'single' && (
          <EventDialog
            key={dialog.event.id}
            event={dialog.event}
            count={dialogs.length}
            onChoose={(optionId) => answer(dialog.event.id, optionId)}
            onTakeBack={canTakeBack(game) ? () => act({ type: 'undo-submit' }) : undefined}
            error={lastError ? pick(lastError) : undefined}
            stakes={selectRequestStakes(game, dialog.event)}
            format={format}
          />
        )}
        {dialog?.kind === 'small-requests' && (
          <SmallRequestsDialog
            key={dialog.events.map((e) => e.id).join(' ')}
            events={dialog.events}
            count={dialogs.length}
            onAnswer={(answers) => act({ type: 'answer-requests', answers })}
            onTakeBack={canTakeBack(game) ? () => act({ type: 'undo-submit' }) : undefined}
            error={lastError ? pick(lastError) : undefined}
            stakesOf={(event) => selectRequestStakes(game, event)}
            format={format}
          />
        )}
        {showTour && phase !== 'ended' && (
          <FirstQuarterTour onStep={onTourStep} onClose={closeTour} />
        )}
        {showGlossary && <GlossaryDialog onClose={() => setShowGlossary(false)} />}
      </ScreenBoundary>
    </div>
  );
}
