import { OPENAPI_DOCUMENT } from "@/server/management-api/openapi";

export function GET(): Response {
  return Response.json(OPENAPI_DOCUMENT, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
