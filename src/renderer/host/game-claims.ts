/**
 * Which tab writes a game's autosave set. Two tabs that resume the same autosave play two
 * games from then on; if both wrote to one rotation, each would evict the other's autosaves.
 * The first tab holds the set (a Web Lock kept while the tab lives); the second writes a set
 * of its own.
 */
export type GameClaims = Pick<LockManager, 'request'>;

/** Claims a game's autosave set for this tab; false when another tab holds it. */
export function claimGame(locks: GameClaims, gameId: string): Promise<boolean> {
  return new Promise((resolve) => {
    locks
      .request(`vpoe-autosaves:${gameId}`, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Held until the tab goes: the lock is released with the page.
        return lock ? new Promise<void>(() => undefined) : undefined;
      })
      // Locks refused (an opaque origin): nothing to coordinate with, the set is this tab's.
      .catch(() => resolve(true));
  });
}
