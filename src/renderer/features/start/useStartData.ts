import { useEffect, useState } from 'react';
import type {
  AutosaveEntry,
  HostError,
  RecentFile,
  ScenarioListing,
} from '../../../shared/host-api';
import { useHost } from '../../host';

export type StartData = {
  /** null while loading; the built-in scenarios need no storage, so they never wait for it. */
  listing: ScenarioListing | null;
  /** The newest autosave, if any game has one. */
  lastAutosave: AutosaveEntry | null;
  recentFiles: RecentFile[];
  /** Why saves and autosaves cannot be listed (e.g. the browser's storage is unavailable). */
  storageProblem: HostError | null;
};

/** What the start screen lists, fetched from the host once, each part as soon as it answers. */
export function useStartData(): StartData {
  const host = useHost();
  const [listing, setListing] = useState<ScenarioListing | null>(null);
  const [saved, setSaved] = useState<Omit<StartData, 'listing'>>({
    lastAutosave: null,
    recentFiles: [],
    storageProblem: null,
  });
  useEffect(() => {
    let current = true;
    void host.listScenarios().then((answer) => current && setListing(answer));
    void Promise.all([host.listAutosaves(), host.recentFiles()]).then(([autosaves, recent]) => {
      if (!current) return;
      const problem = (!autosaves.ok && autosaves.error) || (!recent.ok && recent.error) || null;
      setSaved({
        lastAutosave: autosaves.ok ? (autosaves.value[0] ?? null) : null,
        recentFiles: recent.ok ? recent.value : [],
        storageProblem: problem,
      });
    });
    return () => {
      current = false;
    };
  }, [host]);
  return { listing, ...saved };
}
