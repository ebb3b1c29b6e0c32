import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { OPENAPI_DOCUMENT } from "@/server/management-api/openapi";

// Validators for the management API's OpenAPI document (JSON Schema 2020-12, as OpenAPI 3.1 uses).
// Each schema is compiled with the document's `components` beside it, so `#/components/schemas/…` resolves.

type Schema = Record<string, unknown>;
type Operation = {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addKeyword("components");

export const openapiPaths = OPENAPI_DOCUMENT.paths as unknown as Record<string, Record<string, Operation>>;

const compiled = new WeakMap<Schema, ReturnType<typeof ajv.compile>>();
export function compile(schema: Schema) {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile({ ...schema, components: OPENAPI_DOCUMENT.components })));
  return validate;
}

/** The documented operation a concrete path (`/incidents/abc/updates`) falls under: the template with the fewest parameters. */
export function operationFor(method: string, pathAndQuery: string): { template: string; operation: Operation } {
  const path = pathAndQuery.split("?")[0]!;
  const templates = Object.keys(openapiPaths)
    .filter((template) => new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`).test(path))
    .sort((a, b) => a.split("{").length - b.split("{").length);
  const template = templates.find((t) => openapiPaths[t]![method.toLowerCase()]);
  if (!template) throw new Error(`${method} ${path} is not in the OpenAPI document`);
  return { template, operation: openapiPaths[template]![method.toLowerCase()]! };
}

/** Problems with an answer against the document: an undocumented status, or a body its schema refuses; [] when it conforms. */
export function contractProblems(method: string, path: string, status: number, body: unknown): string[] {
  const { template, operation } = operationFor(method, path);
  const answer = operation.responses[String(status)];
  if (!answer) return [`${method} ${template} does not document status ${status}`];
  const schema = answer.content?.["application/json"]?.schema;
  if (!schema) return body === null ? [] : [`${method} ${template} ${status} documents no body, got one`];
  const validate = compile(schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${method} ${template} ${status}: ${e.instancePath} ${e.message}`);
}
