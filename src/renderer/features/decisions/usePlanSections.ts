import { useState } from 'react';

const STORAGE_KEY = 'vpoe.plan.openSections';

/** Which of the plan's sections (by responsibility number) the player keeps open. */
export interface PlanSections {
  isOpen: (responsibility: number) => boolean;
  setOpen: (responsibility: number, open: boolean) => void;
  setAll: (responsibilities: readonly number[], open: boolean) => void;
}

function readOpen(storage: Pick<Storage, 'getItem'> | undefined): number[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return []; // storage blocked or garbled: every section starts closed, which is harmless
  }
}

function writeOpen(storage: Pick<Storage, 'setItem'> | undefined, open: number[]): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(open));
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/**
 * The plan opens with its sections closed, so the whole plan, its projection and End quarter fit
 * on one screen; the sections the player opens stay open from quarter to quarter (remembered in
 * this browser).
 */
export function usePlanSections(
  storage: Storage | undefined = globalThis.localStorage,
): PlanSections {
  const [open, setOpenList] = useState<number[]>(() => readOpen(storage));
  const update = (next: number[]) => {
    const sorted = [...new Set(next)].sort((a, b) => a - b);
    setOpenList(sorted);
    writeOpen(storage, sorted);
  };
  return {
    isOpen: (r) => open.includes(r),
    setOpen: (r, isOpen) => {
      if (isOpen !== open.includes(r)) update(isOpen ? [...open, r] : open.filter((x) => x !== r));
    },
    setAll: (rs, isOpen) => update(isOpen ? [...open, ...rs] : open.filter((x) => !rs.includes(x))),
  };
}
