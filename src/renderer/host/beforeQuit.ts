/**
 * Work that must finish before the app goes away (the game screen's last autosave). The desktop
 * shell runs every registered task when the window is closing, then tells the host it may quit;
 * in a browser they run when the tab is hidden or closed (host/index.ts).
 */
import { useEffect, useRef } from 'react';

type Task = () => Promise<void>;
const tasks = new Set<Task>();

export function useBeforeQuit(task: Task): void {
  const latest = useRef(task);
  useEffect(() => {
    latest.current = task;
  });
  useEffect(() => {
    const run: Task = () => latest.current();
    tasks.add(run);
    return () => {
      tasks.delete(run);
    };
  }, []);
}

/** Runs every task; a failing task does not stop the others or the quit. */
export async function runBeforeQuit(): Promise<void> {
  await Promise.allSettled([...tasks].map((task) => task()));
}
