/**
 * How deeply a JSON text nests arrays and objects, counted without parsing (brackets inside strings
 * are skipped). Parsing 100,000 levels succeeds, but anything that walks the result recursively
 * (serializing it for an error, validation) then overflows the stack: refuse such bodies up front.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** Deeper than any request body this app accepts needs. */
export const MAX_JSON_DEPTH = 32;
