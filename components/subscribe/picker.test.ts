import { describe, expect, it } from "vitest";
import type { PublicComponent, PublicRow } from "@/server/public/snapshot-types";
import { localizeResult } from "@/lib/i18n/answers";
import { messages } from "@/lib/i18n";
import { pickerInput } from "./picker-input";
import { pickerSections } from "./picker-options";

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

const component = (id: string, groupId: string | null = null) =>
  ({
    id,
    name: id.toUpperCase(),
    description: null,
    status: "operational",
    groupId,
    since: null,
    windows: [],
    maintenance: [],
  }) satisfies PublicComponent;

describe("pickerInput", () => {
  it("sends no components (= all) when “All components” is chosen, whatever is ticked", () => {
    expect(
      pickerInput(
        form([
          ["scope", "all"],
          ["componentIds", "a"],
        ]),
      ),
    ).toEqual({ componentIds: [] });
    expect(pickerInput(form([]))).toEqual({ componentIds: [] });
  });

  it("sends the ticked components, and refuses an empty choice", () => {
    expect(
      pickerInput(
        form([
          ["scope", "some"],
          ["componentIds", "a"],
          ["componentIds", "b"],
        ]),
      ),
    ).toEqual({ componentIds: ["a", "b"] });
    expect(pickerInput(form([["scope", "some"]]))).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { componentIds: [expect.stringContaining("Choose at least one")] },
    });
  });
});

describe("pickerSections", () => {
  it("keeps page order, groups with their members, ungrouped neighbours together", () => {
    const rows: PublicRow[] = [
      { kind: "component", component: component("api") },
      { kind: "component", component: component("web") },
      {
        kind: "group",
        group: { id: "g", name: "Data", description: null, status: "operational", collapsed: false, components: [component("db", "g")] },
      },
      { kind: "component", component: component("cdn") },
    ];
    expect(pickerSections(rows)).toEqual([
      {
        group: null,
        components: [
          { id: "api", name: "API" },
          { id: "web", name: "WEB" },
        ],
      },
      { group: "Data", components: [{ id: "db", name: "DB" }] },
      { group: null, components: [{ id: "cdn", name: "CDN" }] },
    ]);
  });
});

describe("the chooser's refusal", () => {
  it("is the catalog's English answer, shown in the page's language", () => {
    const refused = pickerInput(form([["scope", "some"]]));
    const fr = messages("fr").answers.chooseComponents;
    expect("ok" in refused && localizeResult("fr", refused)).toMatchObject({ error: fr, fieldErrors: { componentIds: [fr] }, status: 422 });
  });
});
