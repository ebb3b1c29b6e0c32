const UNSAFE: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON for a JavaScript expression inside generated code or a <script> element: `</script>` and `<!--` cannot end
 * or change the element, and U+2028/U+2029 (line terminators in older JS) cannot end a string literal.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
