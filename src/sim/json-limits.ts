/**
 * Limits on the shape of a JSON document the engine is asked to read (a scenario or a save),
 * checked before any schema runs. A real scenario or save is far inside them (the largest
 * built-in scenario has about 3,000 values, lists of at most 60 items and 9 levels of nesting);
 * a crafted file beyond them would otherwise cost the schema validator seconds and megabytes
 * per file (10,000 bad list items took 4 s) or overflow a browser's structured clone.
 */
import { formatPath } from './json-path';

export const JSON_LIMITS = {
  /** levels of nested lists and objects */
  depth: 32,
  /** items in one list */
  listItems: 1_000,
  /** keys in one object */
  objectKeys: 1_000,
  /** characters in one text */
  textLength: 20_000,
  /** values in the whole document */
  values: 200_000,
} as const;

/** Where the document breaks a limit, and which; null when it is within all of them. */
export type JsonLimitProblem = { path: string; message: string };

/** Walks the value without recursion (a deep document cannot overflow the stack here). */
export function checkJsonLimits(value: unknown): JsonLimitProblem | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (++values > JSON_LIMITS.values)
      return problem(path, `more than ${JSON_LIMITS.values} values in the document`);
    if (typeof current === 'string' && current.length > JSON_LIMITS.textLength)
      return problem(
        path,
        `a text of ${current.length} characters (at most ${JSON_LIMITS.textLength})`,
      );
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= JSON_LIMITS.depth)
      return problem(path, `nested more than ${JSON_LIMITS.depth} levels deep`);
    if (Array.isArray(current)) {
      if (current.length > JSON_LIMITS.listItems)
        return problem(
          path,
          `a list of ${current.length} items (at most ${JSON_LIMITS.listItems})`,
        );
      current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else {
      const keys = Object.keys(current);
      if (keys.length > JSON_LIMITS.objectKeys)
        return problem(
          path,
          `an object with ${keys.length} keys (at most ${JSON_LIMITS.objectKeys})`,
        );
      for (const key of keys)
        stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

function problem(path: PropertyKey[], what: string): JsonLimitProblem {
  return { path: formatPath(path), message: `${what}: over the limit for a VPoE file` };
}

/**
 * Whether text that does not parse as JSON looks cut off (a copy or a write that stopped early)
 * rather than damaged: it ends inside a text or with lists or objects still open. A scan of the
 * text itself, not of the parser's message, which differs between runtimes.
 */
export function looksCutOff(text: string): boolean {
  let depth = 0;
  let inText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inText) {
      if (c === '\\') i++;
      else if (c === '"') inText = false;
    } else if (c === '"') inText = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inText || depth > 0;
}
