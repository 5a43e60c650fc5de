/**
 * Work that must finish before the desktop app closes (the game screen's last autosave). The
 * shell runs every registered task when the window is closing, then tells the host it may quit.
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
