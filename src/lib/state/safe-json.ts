/**
 * JSON parsing for data that comes from outside (an imported file, a saved value another
 * version of the site wrote). Prototype-polluting keys are dropped, and size and depth are capped
 * before any schema sees the data.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonLimits {
  /** Largest accepted input, in UTF-16 code units (≈ bytes for ASCII JSON). */
  maxLength: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Longest array. */
  maxArrayLength: number;
}

export const defaultJsonLimits: JsonLimits = { maxLength: 1_000_000, maxDepth: 12, maxArrayLength: 2_000 };

export type SafeJsonError =
  | { code: 'too-large'; length: number; limit: number }
  | { code: 'not-json'; detail: string }
  | { code: 'too-deep'; limit: number }
  | { code: 'array-too-long'; path: string; limit: number };

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; error: SafeJsonError };

/** Parses JSON text with a leading BOM tolerated and forbidden keys removed. */
export function parseSafeJson(text: string, limits: JsonLimits = defaultJsonLimits): SafeJsonResult {
  if (text.length > limits.maxLength)
    return { ok: false, error: { code: 'too-large', length: text.length, limit: limits.maxLength } };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Measure nesting before parsing: JSON.parse with a reviver recurses and would overflow first.
  if (nestingDepth(body) > limits.maxDepth) return { ok: false, error: { code: 'too-deep', limit: limits.maxDepth } };
  let value: unknown;
  try {
    value = JSON.parse(body, (key, inner: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : inner));
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const stack: { node: unknown; path: string }[] = [{ node: value, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: string };
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      if (node.length > limits.maxArrayLength) {
        return { ok: false, error: { code: 'array-too-long', path: path || '(root)', limit: limits.maxArrayLength } };
      }
      node.forEach((child, index) => stack.push({ node: child, path: `${path}[${index}]` }));
    } else {
      for (const [key, child] of Object.entries(node)) stack.push({ node: child, path: path ? `${path}.${key}` : key });
    }
  }
  return { ok: true, value };
}

/** Deepest nesting of `[` and `{` in JSON text, ignoring brackets inside strings. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, (depth += 1));
    else if (char === ']' || char === '}') depth -= 1;
  }
  return deepest;
}
