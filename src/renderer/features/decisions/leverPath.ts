/**
 * Reading and writing one lever in a Decisions object by the lever's id, a dotted path such as
 * "budget.tools.ci" (the engine's LeverInfo.id). Writes copy along the path; the input is untouched.
 */
type Json = unknown;

export function getLever(decisions: object, path: string): Json {
  let node: Json = decisions;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) {
      throw new Error(`Lever "${path}": no field "${key}" in the decisions`);
    }
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

export function setLever<T extends object>(decisions: T, path: string, value: Json): T {
  const keys = path.split('.');
  const write = (node: Json, i: number): Json => {
    if (node === null || typeof node !== 'object' || !(keys[i]! in node)) {
      throw new Error(`Lever "${path}": no field "${keys[i]}" in the decisions`);
    }
    const copy = { ...(node as Record<string, Json>) };
    copy[keys[i]!] = i === keys.length - 1 ? value : write(copy[keys[i]!], i + 1);
    return copy;
  };
  return write(decisions, 0) as T;
}
