/**
 * An error boundary around every screen (the app shell's start, game and analysis screens, and
 * each view inside a running game): a bug that throws while a screen renders shows what
 * happened and what the player can still do, instead of a blank page. Inside a game the
 * session around the failed view stays (header, Save, the other views, autosaving); around a
 * whole screen the game was autosaved when it went, so its last autosave can be downloaded or
 * resumed from the start screen.
 */
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { HostError } from '../../shared/host-api';
import { useSessionLinks } from '../features/saves/SessionLinks';
import { useHost } from '../host';
import { ErrorBanner } from './ErrorBanner';
import { downloadLastAutosave } from './lastAutosave';
import { RenderFaultProbe } from './renderFault';

export interface ScreenBoundaryProps {
  /** Names the screen or view (and the test hook that can make it fail, see renderFault.ts). */
  name: string;
  children: ReactNode;
  /** True where the running game outlives the failure (a view inside the game session). */
  gameKept?: boolean;
  /**
   * The autosave set of the running game: its newest autosave is downloaded. Inside a game
   * session it defaults to the session's own set (SessionLinks); outside a game, the newest
   * autosave of any game is offered.
   */
  gameId?: string;
  onBackToStart?: () => void;
  /** A change of these (another view, the next quarter) tries the content again. */
  resetKeys?: unknown[];
}

export function ScreenBoundary({ name, children, resetKeys, ...failure }: ScreenBoundaryProps) {
  return (
    <ErrorBoundary
      {...(resetKeys ? { resetKeys } : {})}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <ScreenFailure name={name} error={error} onRetry={resetErrorBoundary} {...failure} />
      )}
    >
      <RenderFaultProbe where={name} />
      {children}
    </ErrorBoundary>
  );
}

function ScreenFailure({
  name,
  error,
  onRetry,
  gameKept = false,
  gameId,
  onBackToStart,
}: Omit<ScreenBoundaryProps, 'children' | 'resetKeys'> & { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('app');
  const host = useHost();
  const sessionGameId = useSessionLinks().autosaveGameId;
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [problem, setProblem] = useState<HostError | null>(null);
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);

  async function download() {
    setProblem(null);
    setDownloaded(null);
    const result = await downloadLastAutosave(host, gameId ?? sessionGameId);
    if (result.ok) setDownloaded(result.value.name);
    else if (result.error.code !== 'cancelled') setProblem(result.error);
  }

  return (
    <section
      className="screen-failure"
      role="alert"
      data-testid="screen-failure"
      data-screen={name}
    >
      <h1>{t('failure.title')}</h1>
      <p>{gameKept ? t('failure.gameKept') : t('failure.gameAutosaved')}</p>
      <details>
        <summary>{t('failure.details')}</summary>
        <p className="error-detail">{message}</p>
      </details>
      <div className="screen-failure-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void download()}
          data-testid="download-autosave"
        >
          {t('failure.downloadAutosave')}
        </button>
        <button type="button" onClick={onRetry}>
          {t('failure.retry')}
        </button>
        {onBackToStart && (
          <button type="button" onClick={onBackToStart} data-testid="failure-back-to-start">
            {t('failure.backToStart')}
          </button>
        )}
      </div>
      {downloaded && (
        <p role="status" data-testid="autosave-downloaded">
          {t('failure.downloaded', { name: downloaded })}
        </p>
      )}
      {problem && <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />}
    </section>
  );
}
