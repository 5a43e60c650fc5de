/**
 * Launch helpers of the shell. A saved game's launch is made by features/saves/openSavedGame
 * (launchOfRun), after the engine has checked the save.
 */

/** A seed for a new game: random here in the UI, then fixed in the game's state for replay. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
