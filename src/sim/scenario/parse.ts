import type { Result } from '../types';
import { checkJsonLimits } from '../json-limits';
import { formatPath } from '../json-path';
import { scenarioSchema, type Scenario } from './schema';

export { formatPath };

/** A problem in a scenario file: path like "company.cash" or "deck.dilemmas[3].options[0].effects". */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/**
 * Validates unknown JSON against the scenario schema, after the document-shape limits (so a
 * crafted file is refused quickly); every problem names its JSON path. The engine's own check
 * of the starting plan is added by parseScenario (scenario/playable.ts), the door's version.
 */
export function parseScenarioSchema(json: unknown): Result<Scenario, ScenarioIssue[]> {
  const limits = checkJsonLimits(json);
  if (limits) return { ok: false, error: [limits] };
  const parsed = scenarioSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

/** Canonical JSON: object keys sorted, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (two 32-bit lanes; pure JS). */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Stable content hash of a scenario (same content, any key order -> same hash). */
export function scenarioHash(scenario: Scenario): string {
  return hashText(canonicalJson(scenario));
}
