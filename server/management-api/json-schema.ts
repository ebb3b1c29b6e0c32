import { z } from "zod";
import { RESPONSE_SCHEMAS } from "./responses";

export type JsonSchema = { [key: string]: unknown };

const TARGET = "draft-2020-12";
export const SCHEMA_REF = (name: string) => `#/components/schemas/${name}`;

// The verbs coerce instants with z.coerce.date, which JSON Schema cannot express: on the wire they are ISO 8601.
const instantsAsDateTime: NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"] = ({ zodSchema, jsonSchema }) => {
  if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
};

/** What a verb accepts, as JSON Schema: the input side of the very zod schema it parses with. */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io: "input",
    target: TARGET,
    unrepresentable: "any",
    override: instantsAsDateTime,
  });
  return json;
}

/** The response schemas, each under its name, referring to one another by `#/components/schemas/<name>`. */
export function responseSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(RESPONSE_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: TARGET, uri: SCHEMA_REF });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _, $id: __, ...json }]) => [id, json]));
}
