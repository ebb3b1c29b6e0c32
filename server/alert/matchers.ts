import safeRegex from "safe-regex2";
import { ValidationError } from "@/server/errors";

// A rule picks alerts by label, written as Alertmanager and Prometheus users already write it:
// `service="api", severity=~"critical|page"`. Regexes are anchored, as in Prometheus.

export type Matcher = { label: string; op: "=" | "!=" | "=~" | "!~"; value: string };

const MATCHER = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|([^,"\s]*))\s*(?:,|$)/;
const MAX_REGEX = 200;

/** The matchers of `text`, or a ValidationError on `field` saying which part is wrong. */
export function parseMatchers(text: string, field = "matchers"): Matcher[] {
  const matchers: Matcher[] = [];
  let rest = text.trim().replace(/^\{|\}$/g, "");
  while (rest.trim()) {
    const found = MATCHER.exec(rest);
    if (!found) throw ValidationError.field(field, `Cannot read "${rest.trim().slice(0, 40)}": write label="value", separated by commas`);
    const [whole, label, op, quoted, bare] = found;
    const value = quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : bare!;
    if (op === "=~" || op === "!~") regexOf(value, field);
    matchers.push({ label: label!, op: op as Matcher["op"], value });
    rest = rest.slice(whole.length);
  }
  if (matchers.length === 0) throw ValidationError.field(field, 'Name at least one label, e.g. service="api"');
  if (matchers.length > 20) throw ValidationError.field(field, "At most 20 matchers");
  return matchers;
}

function regexOf(value: string, field: string): RegExp {
  if (value.length > MAX_REGEX) throw ValidationError.field(field, `A regex may have at most ${MAX_REGEX} characters`);
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${value})$`);
  } catch {
    throw ValidationError.field(field, `Not a valid regex: ${value}`);
  }
  // The worker tests every alert's labels against the rules: a regex with nested repetition
  // (`(a+)+`) can take exponential time on one crafted label and stall alert processing.
  if (!safeRegex(regex))
    throw ValidationError.field(field, `This regex could take exponential time (repetition inside repetition, as in (a+)+): ${value}`);
  return regex;
}

/** Whether every matcher holds for `labels` (a missing label reads as "", as in Prometheus). */
export function matchesAll(matchers: Matcher[], labels: Record<string, string>): boolean {
  return matchers.every(({ label, op, value }) => {
    const actual = labels[label] ?? "";
    if (op === "=") return actual === value;
    if (op === "!=") return actual !== value;
    const hit = regexOf(value, "matchers").test(actual);
    return op === "=~" ? hit : !hit;
  });
}

/** The matchers as one line, for the console and the audit log. */
export const formatMatchers = (matchers: Matcher[]) => matchers.map((m) => `${m.label}${m.op}${JSON.stringify(m.value)}`).join(", ");
