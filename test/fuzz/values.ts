import fc from "fast-check";

// Inputs that have broken parsers before: invalid Unicode, controls, percent junk, prototype names,
// numbers JavaScript mangles, React's reply-format markers ($…), markup.
export const NASTY = [
  "\ud800",
  "\udfff",
  "a\udbffb",
  "\udc00\ud800",
  "\u0000",
  "a\u0000b",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u001b[2J",
  "\u007f",
  "\u0085",
  "\u009f",
  "\u2028",
  "\u202e",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\u{10ffff}",
  "😀",
  "e\u0301",
  "%",
  "%%",
  "%ff%fe",
  "%00",
  "%zz",
  "%e0%80%80",
  "%c0%af",
  "%ed%a0%80",
  "..",
  "../../etc/passwd",
  "..%2f..%2f",
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "then",
  "1e21",
  "1e308",
  "1e-400",
  "-1",
  "-0",
  "0",
  "NaN",
  "Infinity",
  "9007199254740993",
  "0x1f",
  "1_000",
  "2026-13-45T99:99:99Z",
  "0000-00-00",
  "",
  " ",
  "\t",
  "\r\n",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "$",
  "$@0",
  "$K1",
  "$Q1",
  "$T",
  "$F1",
  "$h1",
  "$undefined",
  "$n1e21",
  "$D",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  "${7*7}",
  "{{7*7}}",
  "javascript:alert(1)",
  "http://127.0.0.1:22/",
  "file:///etc/passwd",
];

const char = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "\ud800",
      "\udfff",
      "\u0000",
      "\u0009",
      "\u000a",
      "\u000d",
      "\u001f",
      "\u007f",
      "\u0085",
      "\u2028",
      "\ufeff",
      "%",
      '"',
      "\\",
      "<",
      "&",
      "/",
      "?",
      "#",
      "=",
      ";",
      ",",
    ),
  },
  // Any code point, lone surrogates included (String.fromCodePoint makes them).
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);

/** Short junk, nasty constants and, rarely, very long strings (up to ~1 MB of UTF-8). */
const long = fc.tuple(
  fc.constantFrom("x", "é", "😀", "\ud800", "\u0000", "<b>"),
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 200, max: 20_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 260_000 }) },
  ),
);
export const weirdText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 8, arbitrary: fc.string({ unit: char, maxLength: 24 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY), fc.string({ unit: char, maxLength: 8 }), fc.constantFrom(...NASTY))
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: long.map(([c, n]) => c.repeat(n)) },
);

export const weirdNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e21, -1, 0, -0, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 0.1, 1e-7, 100_000_000),
);

const weirdKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "id", "title", "0", "") },
  { weight: 1, arbitrary: weirdText.filter((s) => s.length < 64) },
);

/** Any JSON value, shallow, with weird strings, numbers and keys. */
export const weirdValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    weirdNumber,
    weirdText,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(weirdKey, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** `[[[…]]]` or `{"a":{"a":…}}`, up to 100,000 levels. */
export const deepJson = fc
  .tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth)));

const BROKEN_JSON = [
  "",
  "{",
  "[",
  "]",
  '{"a":}',
  "[1,]",
  "{,}",
  "nul",
  "tru",
  "\ufeff{}",
  '{"a":1}{"b":2}',
  "1e999999",
  "-",
  "--1",
  "01",
  '"\\u00"',
  '"\\ud800"',
  '"\\u0000"',
  '{"a":1e400}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"a":"\\udc00\\ud800"}',
  "[][]",
  "{'a':1}",
  "NaN",
  "Infinity",
  `{"title":"${"\\".repeat(3)}"}`,
  '{"a":' + "9".repeat(5000) + "}",
];

/** JSON bodies: values of any shape, deep nesting, broken syntax, truncation, invalid UTF-8 bytes. */
export const jsonText: fc.Arbitrary<string | Buffer> = fc.oneof(
  { weight: 6, arbitrary: weirdValue.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: deepJson },
  { weight: 2, arbitrary: fc.constantFrom(...BROKEN_JSON) },
  {
    weight: 1,
    arbitrary: fc.tuple(weirdValue, fc.nat()).map(([v, n]) => {
      const s = JSON.stringify(v) ?? "";
      return s.slice(0, n % (s.length + 1));
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 32 })
      .map((bytes) => Buffer.concat([Buffer.from('{"title":"'), Buffer.from(bytes), Buffer.from('"}')])),
  },
);

/** A string as the UTF-8 bytes a client would put on the wire, percent-encoded where `keep` does not allow the byte. */
export function encodeBytes(text: string, keep: (byte: number) => boolean): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8"))
    out += keep(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return out;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;
/** Proper percent-encoding (lone surrogates become U+FFFD, as a browser would send them). */
export const percentEncode = (text: string) => encodeBytes(text, (b) => UNRESERVED.test(String.fromCharCode(b)));
/** Raw bytes as sent by a careless client: only what cannot be on the request line is escaped; `%` stays literal. */
export const rawEncode = (text: string) => encodeBytes(text, (b) => b > 0x20 && b !== 0x7f && b !== 0x23 && b !== 0x3f);

/** A path segment or query value, encoded either way. */
export const urlPart = fc
  .tuple(weirdText, fc.boolean())
  .map(([text, raw]) => (raw ? rawEncode(text) : percentEncode(text)).slice(0, 20_000));

/** A header value as raw bytes (Node sends header strings as latin1), without the bytes that end a header. */
export const headerValue = weirdText.map((text) => encodeBytes(text.slice(0, 2_000), (b) => b >= 0x20 && b !== 0x7f));
