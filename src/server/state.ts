/**
 * The room's public state, synchronised to every client by Colyseus: the phase, the timer and
 * who has joined and submitted. Nothing in it is a team's plan or game.
 */
import { schema, t, type SchemaType } from '@colyseus/schema';

export const TeamStatus = schema(
  {
    name: t.string(),
    connected: t.boolean(),
    submitted: t.boolean(),
    answered: t.boolean(),
  },
  'TeamStatus',
);
export type TeamStatus = SchemaType<typeof TeamStatus>;

export const WorkshopState = schema(
  {
    phase: t.string(),
    quarter: t.uint8(),
    quartersTotal: t.uint8(),
    /** the round timer counts down only while running and not paused */
    timerRunning: t.boolean(),
    paused: t.boolean(),
    secondsLeft: t.uint32(),
    language: t.string(),
    teams: t.map(TeamStatus),
  },
  'WorkshopState',
);
export type WorkshopState = SchemaType<typeof WorkshopState>;
