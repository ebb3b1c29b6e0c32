/** Set by proxy.ts on /admin requests: the path and query asked for, to come back to after signing in. */
export const ADMIN_PATH_HEADER = "x-admin-path";
