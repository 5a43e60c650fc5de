import { useEffect, useState } from 'react';
import type { AutosaveEntry, RecentFile, ScenarioListing } from '../../../shared/host-api';
import { useHost } from '../../host';

export type StartData = {
  listing: ScenarioListing;
  /** The newest autosave, if any game has one. */
  lastAutosave: AutosaveEntry | null;
  recentFiles: RecentFile[];
};

/** What the start screen lists, fetched from the host once; null while loading. */
export function useStartData(): StartData | null {
  const host = useHost();
  const [data, setData] = useState<StartData | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all([host.listScenarios(), host.listAutosaves(), host.recentFiles()]).then(
      ([listing, autosaves, recentFiles]) => {
        if (current) setData({ listing, lastAutosave: autosaves[0] ?? null, recentFiles });
      },
    );
    return () => {
      current = false;
    };
  }, [host]);
  return data;
}
