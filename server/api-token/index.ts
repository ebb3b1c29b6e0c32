export { authenticateToken, API_RATE } from "./authenticate";
export { createApiToken } from "./create-api-token";
export { listApiTokens, type ApiTokenRow } from "./list-api-tokens";
export { revokeApiToken } from "./revoke-api-token";
export * from "./schemas";
export type { ApiTokenView } from "./token-view";
