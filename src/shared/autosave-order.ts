/**
 * The order both hosts list autosaves in: each game's by sequence number, newest first (a clock
 * set back never puts an older autosave of a game before a newer one), and the games by when
 * their newest autosave was written.
 */
export type OrderedAutosave = { gameId: string; sequence: number; savedAt: string };

export function newestGamesFirst<T extends OrderedAutosave>(entries: readonly T[]): T[] {
  const games = new Map<string, T[]>();
  for (const entry of entries) {
    const list = games.get(entry.gameId);
    if (list) list.push(entry);
    else games.set(entry.gameId, [entry]);
  }
  const lists = [...games.values()].map((list) => list.sort((a, b) => b.sequence - a.sequence));
  return lists
    .sort(
      (a, b) =>
        b[0]!.savedAt.localeCompare(a[0]!.savedAt) || a[0]!.gameId.localeCompare(b[0]!.gameId),
    )
    .flat();
}
