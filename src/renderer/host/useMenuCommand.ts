import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/host-api';
import { useHost } from './HostContext';

type CommandOf<T extends MenuCommand['type']> = Extract<MenuCommand, { type: T }>;

/**
 * Runs `handler` whenever the desktop menu sends a command of this type (e.g. the game screen
 * handles 'save' and 'save-as'). The browser host never sends any.
 */
export function useMenuCommand<T extends MenuCommand['type']>(
  type: T,
  handler: (command: CommandOf<T>) => void,
): void {
  const host = useHost();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command.type === type) latest.current(command as CommandOf<T>);
      }),
    [host, type],
  );
}
