/**
 * Why a save could not be opened, headline in the player's language naming the kind of problem,
 * the engine's or host's detail below it, and the promise that the file was left untouched.
 * For a save of another engine version that replays validly (only its numbers moved with the
 * model), it offers to open the game under the current model, saying what that means.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../components/useLocalized';
import type { OpenProblem } from './openSavedGame';
import './save-error.css';

export function SaveErrorPanel({
  problem,
  onDismiss,
  onOpenUnderCurrentModel,
}: {
  problem: OpenProblem;
  onDismiss?: () => void;
  /** Offered only when the engine says the refusal is a model change (never for an edit). */
  onOpenUnderCurrentModel?: () => void;
}) {
  const { t } = useTranslation('saves');
  const ta = useTranslation('app').t;
  const pick = useLocalized();
  // The file was chosen further down the page: the answer is brought into view and focus, so
  // it is neither missed nor left behind the keyboard user.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
    panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [problem]);
  let headline: string;
  let detail: string;
  switch (problem.source) {
    case 'host':
      // The host says "cut off" when JSON ends early (shared/file-checks): name it as truncated.
      headline =
        problem.error.code === 'invalid-json' && problem.error.detail.includes('cut off')
          ? t('error.truncated')
          : ta(`errors.${problem.error.code}`);
      detail = problem.error.detail;
      break;
    case 'scenario-missing':
      headline = t('error.scenario-missing');
      detail = t('scenarioMissingDetail', { name: problem.name, scenario: problem.scenarioId });
      break;
    case 'save':
      headline = t(`error.${problem.error.kind}`);
      detail = `${problem.name}: ${pick(problem.error.message)}`;
      break;
  }
  const kind = problem.source === 'save' ? problem.error.kind : problem.source;
  const modelChange = problem.source === 'save' ? problem.error.modelChange : undefined;
  return (
    <div
      className="error-banner save-error"
      role="alert"
      data-kind={kind}
      ref={panel}
      tabIndex={-1}
    >
      <div>
        <strong>{headline}</strong>
        <p className="error-detail">{detail}</p>
        <p className="error-detail">{t('untouched')}</p>
        {modelChange && onOpenUnderCurrentModel && (
          <>
            <p className="model-change" data-testid="model-change-explained">
              {t(
                modelChange.scenarioChanged ? 'modelChange.explainScenario' : 'modelChange.explain',
                modelChange,
              )}
            </p>
            <button
              type="button"
              // Primary on the start screen (global styles) and inside game/analysis screens.
              className="button-primary primary"
              onClick={onOpenUnderCurrentModel}
              data-testid="open-under-current-model"
            >
              {t('modelChange.open')}
            </button>
          </>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {ta('actions.dismiss')}
        </button>
      )}
    </div>
  );
}
