/**
 * The engine workloads `npm run bench` times (see bench/index.ts, which bundles this file with
 * the engine before loading it, as the renderer and the batch workers run the engine).
 */
import {
  answerEvent,
  continueGame,
  createGameActor,
  defaultDecisions,
  newGame,
  openStreams,
  seedStreams,
  stepQuarter,
  submitDecisions,
  type Game,
  type Scenario,
} from '../src/sim/index';

/** Games of `quarters` quarters through stepQuarter alone, each from its own seed. */
export function pureStepQuarters(sc: Scenario, games: number, firstSeed: number): number {
  const start = newGame(sc, 1).state;
  const quarters = sc.horizonQuarters;
  let checksum = 0;
  for (let g = 0; g < games; g++) {
    const rng = openStreams(seedStreams(firstSeed + g));
    let s = start;
    for (let q = 1; q <= quarters; q++) s = stepQuarter(sc, s, sc.startingDecisions, q, rng).state;
    checksum += s.cash;
  }
  if (!Number.isFinite(checksum)) throw new Error('pure step produced a non-finite cash');
  return games * quarters;
}

/** Whole games through the pure game API, answering every event with its default option. */
export function gameApiQuarters(sc: Scenario, games: number, firstSeed: number): number {
  let quarters = 0;
  for (let g = 0; g < games; g++) {
    let game: Game = newGame(sc, firstSeed + g);
    while (game.phase !== 'ended') {
      if (game.phase === 'planning') {
        const r = submitDecisions(game, defaultDecisions(game));
        if (!r.ok) throw new Error(`refused: ${r.error[0]?.reason.en}`);
        game = r.value;
        quarters++;
      } else if (game.phase === 'events') {
        const ev = game.pending[0];
        if (!ev) throw new Error('events phase without an event');
        const r = answerEvent(game, ev.id, ev.defaultOptionId);
        if (!r.ok) throw new Error(r.error.en);
        game = r.value;
      } else game = continueGame(game);
    }
  }
  return quarters;
}

/** Whole games through the xstate actor, driven by events and read from snapshots. */
export function machineQuarters(sc: Scenario, games: number, firstSeed: number): number {
  let quarters = 0;
  for (let g = 0; g < games; g++) {
    const actor = createGameActor(sc, firstSeed + g);
    actor.start();
    for (;;) {
      const snapshot = actor.getSnapshot();
      const game = snapshot.context.game;
      if (game.phase === 'ended') break;
      // Every quarter opens with the briefing (the machine's own phase; the game is in planning).
      if (snapshot.value === 'briefing') actor.send({ type: 'START_PLANNING' });
      else if (game.phase === 'planning') {
        actor.send({ type: 'ACT', action: { type: 'submit', decisions: defaultDecisions(game) } });
        if (actor.getSnapshot().context.game.quarter === game.quarter) quarters++;
      } else if (game.phase === 'events') {
        const ev = game.pending[0];
        if (!ev) throw new Error('events phase without an event');
        const answer = { type: 'answer', eventId: ev.id, optionId: ev.defaultOptionId } as const;
        actor.send({ type: 'ACT', action: answer });
      } else actor.send({ type: 'ACT', action: { type: 'continue' } });
      const after = actor.getSnapshot().context;
      if (after.lastError) throw new Error(`machine refused: ${after.lastError.en}`);
    }
    actor.stop();
  }
  return quarters;
}
