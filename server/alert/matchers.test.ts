import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { formatMatchers, matchesAll, parseMatchers } from "./matchers";

describe("parseMatchers", () => {
  it("reads Prometheus-style matchers, quoted or bare, with or without braces", () => {
    expect(parseMatchers('service="api", severity=~"critical|page"')).toEqual([
      { label: "service", op: "=", value: "api" },
      { label: "severity", op: "=~", value: "critical|page" },
    ]);
    expect(parseMatchers('{env!=staging,alertname!~"Watchdog"}')).toEqual([
      { label: "env", op: "!=", value: "staging" },
      { label: "alertname", op: "!~", value: "Watchdog" },
    ]);
    expect(parseMatchers('summary="say \\"hi\\", then go"')).toEqual([{ label: "summary", op: "=", value: 'say "hi", then go' }]);
    expect(formatMatchers(parseMatchers('a="1",b=~"x|y"'))).toBe('a="1", b=~"x|y"');
  });

  it("refuses what it cannot read, naming the field", () => {
    const catastrophic = ['a=~"(a+)+"', 'host!~"(x+x+)+y"', 'a=~"(.*a){12}"'];
    for (const bad of ["", "service", '9x="a"', 'service="api" extra', 'a=~"("', `a=~"${"x".repeat(201)}"`, ...catastrophic]) {
      const error = (() => {
        try {
          parseMatchers(bad, "rule.matchers");
        } catch (e) {
          return e;
        }
      })();
      expect(error, bad).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(["rule.matchers"]);
    }
  });

  it("keeps ordinary regexes", () => {
    for (const fine of ['severity=~"critical|page"', 'instance=~"api-[0-9]+\\..*"', 'job!~"node(_exporter)?"'])
      expect(() => parseMatchers(fine), fine).not.toThrow();
  });
});

describe("matchesAll", () => {
  const labels = { alertname: "ProbeFailure", service: "api", severity: "critical" };
  it("needs every matcher to hold; regexes are anchored; a missing label is empty", () => {
    expect(matchesAll(parseMatchers('service="api", severity=~"critical|page"'), labels)).toBe(true);
    expect(matchesAll(parseMatchers('service="api", severity="warning"'), labels)).toBe(false);
    expect(matchesAll(parseMatchers('severity=~"crit"'), labels)).toBe(false);
    expect(matchesAll(parseMatchers('team=""'), labels)).toBe(true);
    expect(matchesAll(parseMatchers('alertname!~"Watchdog|InfoInhibitor"'), labels)).toBe(true);
    expect(matchesAll(parseMatchers('service!="api"'), labels)).toBe(false);
  });
});
