import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { AddIncidentUpdateInput, CreateIncidentInput } from "@/server/incident/schemas";
import { compile, openapiPaths } from "@/test/openapi-contract";
import { OPENAPI_DOCUMENT } from "./openapi";

const bodyOf = (path: string, method: string) => openapiPaths[path]![method]!.requestBody!.content["application/json"]!.schema;

describe("management API OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 specification's own schema (an independent validator from npm)", async () => {
    const validator = new Validator();
    // A copy: the validator may annotate what it is given.
    const result = await validator.validate(structuredClone(OPENAPI_DOCUMENT) as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("is an OpenAPI 3.1 document whose every schema compiles and every path parameter is declared", () => {
    expect(OPENAPI_DOCUMENT.openapi).toBe("3.1.0");
    expect(OPENAPI_DOCUMENT.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    for (const schema of Object.values(OPENAPI_DOCUMENT.components.schemas)) compile(schema);
    for (const [path, methods] of Object.entries(openapiPaths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(methods)) {
        const declared = ((operation as { parameters?: Array<{ name: string; in: string }> }).parameters ?? [])
          .filter((p) => p.in === "path")
          .map((p) => p.name);
        expect(declared, `${method} ${path}`).toEqual(names);
        expect(
          Object.keys(operation.responses).some((s) => s.startsWith("2")),
          `${method} ${path}`,
        ).toBe(true);
        for (const answer of Object.values(operation.responses)) {
          const schema = answer.content?.["application/json"]?.schema;
          if (schema) compile(schema);
        }
        const body = operation.requestBody?.content["application/json"]?.schema;
        if (body) compile(body);
      }
    }
  });

  it("describes the { data } envelope of every successful JSON answer", () => {
    for (const [path, methods] of Object.entries(openapiPaths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [status, answer] of Object.entries(operation.responses)) {
          if (!status.startsWith("2") || status === "204") continue;
          expect(answer.content?.["application/json"]?.schema, `${method} ${path} ${status}`).toMatchObject({
            type: "object",
            required: ["data"],
            properties: { data: expect.any(Object) },
          });
        }
      }
    }
  });

  it("offers incident creation only the component statuses the verb accepts (not under_maintenance)", () => {
    const schema = bodyOf("/incidents", "post") as {
      properties: { components: { items: { properties: { status: { enum: string[] } } } } };
    };
    expect(schema.properties.components.items.properties.status.enum).not.toContain("under_maintenance");
    expect(schema.properties.components.items.properties.status.enum).toContain("major_outage");
  });

  // The JSON Schema cannot say what the verbs' refinements check (a body unless backfilled, no duplicate
  // components, trimmed text): samples here stay within what both can judge.
  const component = { componentId: "c1", status: "major_outage" };
  const createSamples: Array<[string, unknown, boolean]> = [
    ["title and text", { title: "API errors", body: "Looking" }, true],
    [
      "with components, impact and start",
      { title: "API errors", body: "x", impact: "major", components: [component], startedAt: "2024-05-01T10:00:00.000Z" },
      true,
    ],
    [
      "a draft with explicit windows",
      {
        title: "t",
        body: "x",
        publish: false,
        windows: [{ componentId: "c1", severity: "partial", startedAt: "2024-05-01T10:00:00Z", endedAt: null }],
      },
      true,
    ],
    ["under_maintenance", { title: "t", body: "x", components: [{ componentId: "c1", status: "under_maintenance" }] }, false],
    ["an unknown impact", { title: "t", body: "x", impact: "apocalyptic" }, false],
    ["no title", { body: "x" }, false],
    ["an empty title", { title: "", body: "x" }, false],
    ["a title too long", { title: "x".repeat(201), body: "x" }, false],
    ["components not a list", { title: "t", body: "x", components: "c1" }, false],
    ["a component without id", { title: "t", body: "x", components: [{ status: "major_outage" }] }, false],
    ["publish not a boolean", { title: "t", body: "x", publish: "yes" }, false],
    ["a start that is no date", { title: "t", body: "x", startedAt: "next tuesday" }, false],
    ["resolved as the opening status", { title: "t", body: "x", status: "resolved" }, false],
  ];

  it.each(createSamples)("incident creation: generated JSON Schema and the verb's zod schema agree on %s", (_name, sample, valid) => {
    expect(compile(bodyOf("/incidents", "post"))(sample)).toBe(valid);
    expect(CreateIncidentInput.safeParse(sample).success).toBe(valid);
  });

  const updateSamples: Array<[string, Record<string, unknown>, boolean]> = [
    ["a resolving update", { status: "resolved", body: "Fixed" }, true],
    ["with components and no notification", { status: "identified", body: "x", notify: false, components: [component] }, true],
    ["under_maintenance", { status: "identified", body: "x", components: [{ componentId: "c1", status: "under_maintenance" }] }, false],
    ["no status", { body: "x" }, false],
    ["an unknown status", { status: "fixed", body: "x" }, false],
  ];

  it.each(updateSamples)(
    "incident update: the body schema (the incident from the path) agrees with the verb on %s",
    (_name, sample, valid) => {
      expect(compile(bodyOf("/incidents/{id}/updates", "post"))(sample)).toBe(valid);
      expect(AddIncidentUpdateInput.safeParse({ ...sample, incidentId: "i1" }).success).toBe(valid);
    },
  );

  it("takes path fields out of the bodies and keeps the API's own default for publishing", () => {
    expect(bodyOf("/incidents/{id}/updates", "post")).not.toHaveProperty("properties.incidentId");
    expect(bodyOf("/incidents/{id}/updates", "post")).toMatchObject({ required: ["status", "body"] });
    expect(bodyOf("/incidents", "post")).toMatchObject({ properties: { publish: { default: true } } });
  });
});
