/**
 * The saves the host knows (files / IndexedDB saves and the newest autosave of each game) and a
 * way to open a file, each with one action: replay it, or use it as the second run of a compare.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AutosaveEntry,
  HostError,
  HostResult,
  OpenedGame,
  RecentFile,
} from '../../../shared/host-api';
import { useHost } from '../../host';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** The newest autosave of each game (the host lists newest first). */
function newestPerGame(entries: AutosaveEntry[]): AutosaveEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.gameId) && seen.add(e.gameId));
}

export function SaveLibrary({
  actionLabel,
  onPick,
}: {
  actionLabel: string;
  onPick: (opening: Promise<HostResult<OpenedGame>>) => void;
}) {
  const { t } = useTranslation('saves');
  const host = useHost();
  const [language] = useLanguage();
  const [lists, setLists] = useState<{
    files: RecentFile[];
    autosaves: AutosaveEntry[];
    problem: HostError | null;
  } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([host.recentFiles(), host.listAutosaves()]).then(([files, autosaves]) => {
      if (!live) return;
      setLists({
        files: files.ok ? files.value : [],
        autosaves: autosaves.ok ? newestPerGame(autosaves.value) : [],
        problem: (!files.ok && files.error) || (!autosaves.ok && autosaves.error) || null,
      });
    });
    return () => {
      live = false;
    };
  }, [host]);

  return (
    <section className="panel save-library" data-testid="save-library">
      <h2>{t('library')}</h2>
      <button type="button" onClick={() => onPick(host.openGame())} data-testid="open-file">
        {t('openFile')}
      </button>
      {!lists && <p role="status">{t('loading')}</p>}
      {lists?.problem && (
        <p className="problem" role="note" data-testid="library-problem">
          {t(`app:errors.${lists.problem.code}`)} {lists.problem.detail}
        </p>
      )}
      {lists && (
        <div className="save-lists">
          <div>
            <h3>{t('savesTitle')}</h3>
            {lists.files.length === 0 && <p className="muted">{t('noSaves')}</p>}
            <ul>
              {lists.files.map((f) => (
                <li key={f.fileRef} data-save-name={f.name}>
                  <span>{f.name}</span>{' '}
                  <span className="muted">{formatDateTime(f.openedAt, language)}</span>{' '}
                  <button type="button" onClick={() => onPick(host.openGame(f.fileRef))}>
                    {actionLabel}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('autosavesTitle')}</h3>
            {lists.autosaves.length === 0 && <p className="muted">{t('noSaves')}</p>}
            <ul>
              {lists.autosaves.map((a) => (
                <li key={a.id}>
                  <span>
                    {t('autosaveName', {
                      scenario: a.scenarioId,
                      quarter: a.quarter,
                      time: formatDateTime(a.savedAt, language),
                    })}
                  </span>{' '}
                  <button type="button" onClick={() => onPick(host.loadAutosave(a.id))}>
                    {actionLabel}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
