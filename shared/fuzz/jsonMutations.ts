/**
 * Fuzzing helpers (tests only): hostile JSON values and mutations of a valid file at any place in it, for the
 * parsers of outside input (workspace and review files).
 */
import fc from 'fast-check';

type Json = unknown;

/** Strings that have broken parsers elsewhere: control characters, bidi overrides, prototype keys, huge text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202Eexe.txt',
    '\u2066\u202Dx',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '=HYPERLINK("http://evil")',
    '\uD800',
    'x'.repeat(200_001),
    '9'.repeat(400),
    '2026-02-30T25:61:00+99:00',
  ),
);

export const hostileJson: fc.Arbitrary<Json> = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.constantFrom(null, -1, 0, 1.5, 2 ** 53 + 1, -0, 1e308, [], {}, true),
  fc.array(hostileString, { maxLength: 3 }),
);

function paths(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (prefix.length > 8) return out;
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  }
  return out;
}

/** `replace` returning undefined removes the value. */
function setAt(root: Json, path: (string | number)[], replace: (old: Json) => Json): Json {
  if (path.length === 0) return replace(root);
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  const next = replace(parent[last]);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else parent[last] = next;
  return copy;
}

/** A valid document changed at one random place: replaced by hostile JSON, removed, or given an extra key. */
export function mutationOf(valid: Json): fc.Arbitrary<Json> {
  const all = paths(valid);
  return fc
    .tuple(fc.nat({ max: all.length - 1 }), fc.nat({ max: 2 }), hostileJson, hostileString)
    .map(([index, kind, replacement, key]) => {
      const path = all[index] ?? [];
      if (kind === 0) return setAt(valid, path, () => replacement);
      if (kind === 1 && path.length > 0) return setAt(valid, path, () => undefined);
      return setAt(valid, path, (old) =>
        typeof old === 'object' && old !== null && !Array.isArray(old)
          ? Object.assign(Object.create(null) as object, old, { [key]: replacement })
          : replacement,
      );
    });
}

/** JSON text nested `depth` levels deep under `key` of an otherwise plausible header. */
export function deeplyNested(header: Record<string, unknown>, key: string, depth: number): Json {
  const text =
    JSON.stringify(header).slice(0, -1) + `,"${key}":` + '['.repeat(depth) + ']'.repeat(depth) + '}';
  return JSON.parse(text) as Json;
}
