import { getDb } from "@/server/db";

/** The client for this run's database (set up by test/setup/database.global.ts). */
export const testDb = () => getDb();
