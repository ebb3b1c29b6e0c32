import type { Ctx } from "@/server/context";
import { getDb } from "@/server/db";

/** The context of a visitor on a public page: nobody is signed in. */
export const publicCtx = (): Ctx => ({ db: getDb(), actor: { type: "anonymous" } });
