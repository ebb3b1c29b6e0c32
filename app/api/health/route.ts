import { logger } from "@/lib/logger";
import { getDb } from "@/server/db";
import { checkHealth } from "@/server/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const { health, cause } = await checkHealth(getDb());
  if (cause) logger.error({ err: cause }, "health check: database unreachable");
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
