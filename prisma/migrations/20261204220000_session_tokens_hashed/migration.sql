-- Session tokens are stored as their sha-256 from now on (server/auth/hashed-session-adapter.ts).
-- The rows written before hold raw cookie tokens, which would never match a hash and would stay
-- readable in backups: they are deleted, so everyone signed in to the console signs in once more.
DELETE FROM "session";
