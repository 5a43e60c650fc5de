/** The workshop link as a React hook: one per page, whatever its role (connection.ts). */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { JoinOptions } from '../../../shared/workshop';
import { WorkshopConnection, type Credentials, type Handlers, type LinkState } from './connection';

function endpoint(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
}

export interface WorkshopLink extends LinkState {
  joining: boolean;
  /** the connection was lost and comes back on its own */
  rejoining: boolean;
  join: (options: JoinOptions) => Promise<boolean>;
}

/**
 * Joins with the page's kept credentials as it opens, and with the person's on `join`;
 * `handlers` receive the room's messages (registered before any can arrive). `credentials`
 * is read once: the page's way of keeping them does not change while it is open.
 */
export function useWorkshopRoom(handlers: Handlers, credentials: Credentials): WorkshopLink {
  const latest = useRef(handlers);
  latest.current = handlers;
  const [connection] = useState(
    () =>
      new WorkshopConnection({ endpoint: endpoint(), handlers: () => latest.current, credentials }),
  );
  const state = useSyncExternalStore(connection.subscribe, connection.get);
  useEffect(() => {
    connection.start();
    return () => connection.leave();
  }, [connection]);
  return {
    ...state,
    joining: state.status === 'joining',
    rejoining: state.status === 'reconnecting',
    join: (options) => connection.join(options),
  };
}
