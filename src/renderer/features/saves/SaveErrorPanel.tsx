/**
 * Why a save could not be opened, headline in the player's language naming the kind of problem,
 * the engine's or host's detail below it, and the promise that the file was left untouched.
 */
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../components/useLocalized';
import type { OpenProblem } from './openSavedGame';

export function SaveErrorPanel({
  problem,
  onDismiss,
}: {
  problem: OpenProblem;
  onDismiss?: () => void;
}) {
  const { t } = useTranslation('saves');
  const ta = useTranslation('app').t;
  const pick = useLocalized();
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
  return (
    <div className="error-banner save-error" role="alert" data-kind={kind}>
      <div>
        <strong>{headline}</strong>
        <p className="error-detail">{detail}</p>
        <p className="error-detail">{t('untouched')}</p>
      </div>
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {ta('actions.dismiss')}
        </button>
      )}
    </div>
  );
}
