import { v2Get, v2Options } from "@/server/statuspage-api/respond";

// Statuspage-compatible public API v2: see README, "Statuspage-compatible API".
export const GET = v2Get("unresolvedIncidents");
export const OPTIONS = v2Options;
