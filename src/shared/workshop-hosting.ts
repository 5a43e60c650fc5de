/**
 * Hosting a workshop from the desktop app (File > Host a workshop...): what the renderer asks
 * main for, what it is shown, and the messages between main and the workshop's host process
 * (src/server/host-process.ts, an Electron utility process; ADR 0008).
 */

/** What the facilitator picks in the app: a built-in scenario, and whether to start afresh. */
export interface HostWorkshopRequest {
  scenarioId: string;
  /**
   * true: a new session (an earlier session of this scenario is kept aside, never deleted);
   * false: the last session of this scenario resumes when there is one.
   */
  fresh: boolean;
}

/** A running workshop as the app shows it: how teams join, and the facilitator's way in. */
export interface WorkshopHosting {
  scenarioId: string;
  /** the team page's address on each LAN interface (127.0.0.1 when there is none) */
  joinUrls: string[];
  /** a QR code of the first join address, as an SVG data: URL */
  qrDataUrl: string;
  joinCode: string;
  facilitatorUrl: string;
  /** the facilitator's secret: shown to the person at the laptop only */
  facilitatorCode: string;
  projectorUrl: string;
  port: number;
  seed: number;
  /** an earlier session of this scenario was resumed */
  resumed: boolean;
}

/** How a workshop is hosted: by `npm run workshop` and by the desktop app's host process. */
export interface WorkshopHostOptions {
  scenarioPath: string;
  /** every team's seed (a resumed session keeps its own) */
  seed: number;
  /** the port to listen on (the desktop app's host process takes another when it is busy) */
  port: number;
  /** the interface: '0.0.0.0' for the LAN, '127.0.0.1' for tests */
  host: string;
  /** resumed when it exists */
  sessionFile: string;
  /** the built renderer (the workshop pages); null serves none (tests) */
  staticDir: string | null;
}

/** Main -> host process. */
export type HostProcessRequest =
  ({ type: 'start'; scenarioId: string } & WorkshopHostOptions) | { type: 'stop' };

/** Host process -> main. */
export type HostProcessEvent =
  | { type: 'started'; hosting: WorkshopHosting }
  | { type: 'failed'; detail: string }
  | { type: 'stopped' };
