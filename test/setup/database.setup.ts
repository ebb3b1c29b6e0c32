import { inject } from "vitest";

// Before any app module loads, so lib/env.ts and getDb() see this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
