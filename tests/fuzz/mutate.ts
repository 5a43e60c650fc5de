/**
 * Mutations of real documents (saves, scenarios, plans) for the fuzz suite: each case takes a
 * real file and changes a few places in it, as a damaged copy, a hand edit or an attacker would:
 * a value replaced by another of any type (NaN, Infinity, huge, negative, empty, a list, an
 * object), a field removed, a list item duplicated or dropped, a key added (including
 * `__proto__`, `constructor`), a number scaled. Real documents keep most cases deep inside the
 * engine's code paths, where random JSON would be refused at the first field.
 */
import fc from 'fast-check';

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

const SPECIAL_VALUES: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  1e-320,
  '',
  'x',
  '__proto__',
  'constructor',
  null,
  true,
  false,
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
];

/** Any value a JSON document (or a structured clone of one) can hold in a field. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Any number, the troublesome ones often. */
const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    1,
    1e308,
    -1e308,
    1e-320,
    Number.MAX_SAFE_INTEGER + 2,
  ),
  fc.double(),
  fc.integer(),
  fc.integer({ min: -10, max: 1000 }),
);

const KEYS_TO_ADD = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'extra', '0'];
const SCALES = [0.5, 0.9, 1.1, 1.5, -1, 0, 2, 10, 1e6, 1e-6, 1e300];

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: unknown }
  | { kind: 'scale'; at: number; factor: number };

const at = fc.nat();
// Most mutations change a number (a value stays the type the schema wants, so the case reaches
// the engine's arithmetic); the others change the document's shape.
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('number'), at, value: anyNumber }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace'), at, value: anyValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete'), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate'), at }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-key'),
      at,
      key: fc.constantFrom(...KEYS_TO_ADD),
      value: anyValue,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('scale'), at, factor: fc.constantFrom(...SCALES) }),
  },
) as fc.Arbitrary<Mutation>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Every path in the document, parents before children (the root is []). */
function pathsOf(root: unknown, limit = 20_000): Key[][] {
  const out: Key[][] = [];
  const stack: { value: unknown; path: Key[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { value, path } = stack.pop()!;
    out.push(path);
    if (!isContainer(value)) continue;
    const keys: Key[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys)
      stack.push({ value: (value as Record<Key, unknown>)[key], path: [...path, key] });
  }
  return out;
}

function get(root: unknown, path: Key[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (isContainer(v) ? (v as Record<Key, unknown>)[k] : v),
    root,
  );
}

function set(parent: Container, key: Key, value: unknown) {
  // defineProperty, so a key named __proto__ becomes an own field as JSON.parse makes it.
  Object.defineProperty(parent, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** Applies the mutations one after another to a copy of `document`. */
export function applyMutations(document: unknown, mutations: readonly Mutation[]): unknown {
  let root = structuredClone(document);
  for (const m of mutations) {
    const all = pathsOf(root);
    const numeric =
      m.kind === 'number' || m.kind === 'scale'
        ? all.filter((p) => typeof get(root, p) === 'number')
        : [];
    const paths = numeric.length > 0 ? numeric : all;
    const path = paths[m.at % paths.length]!;
    const target = get(root, path);
    const parent = path.length === 0 ? null : (get(root, path.slice(0, -1)) as Container);
    const key = path.at(-1);
    if (
      m.kind === 'replace' ||
      m.kind === 'number' ||
      (m.kind === 'scale' && typeof target !== 'number')
    ) {
      const value = m.kind === 'scale' ? null : structuredClone(m.value);
      if (parent && key !== undefined) set(parent, key, value);
      else root = value;
    } else if (m.kind === 'scale' && parent && key !== undefined) {
      set(parent, key, (target as number) * m.factor);
    } else if (m.kind === 'delete' && parent && key !== undefined) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key as string];
    } else if (m.kind === 'duplicate' && Array.isArray(parent) && key !== undefined) {
      parent.splice(key as number, 0, structuredClone(parent[key as number]));
    } else if (m.kind === 'add-key' && isContainer(target) && !Array.isArray(target)) {
      set(target, m.key, structuredClone(m.value));
    }
  }
  return root;
}

/** A document made from one of `documents` by 1 to `most` mutations. */
export function mutatedFrom<T>(documents: readonly T[], most = 4): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: most }))
    .map(([document, mutations]) => applyMutations(document, mutations));
}

/** The first NaN or Infinity in a value, as "path = value", or null when every number is finite. */
export function nonFinitePath(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (!isContainer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFinitePath(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}
