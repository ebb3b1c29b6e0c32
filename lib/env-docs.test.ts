import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES } from "./env";

const read = (file: string) => readFileSync(path.join(import.meta.dirname, "..", file), "utf8");

// The configuration is documented twice for operators; neither may fall behind what the code reads.
describe("environment documentation", () => {
  it("README's configuration table names every variable", () => {
    const readme = read("README.md");
    expect(ENV_VARIABLES.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it(".env.example names every variable", () => {
    const example = read(".env.example");
    expect(ENV_VARIABLES.filter((name) => !new RegExp(`^# ${name}=`, "m").test(example))).toEqual([]);
  });
});
