import type { door } from '../sim/index';

export type Door = typeof door;
