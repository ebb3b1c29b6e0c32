import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/server/auth/auth";

// better-auth's endpoints (sign-in, sign-out, change-password, session); rate limited per IP in the database.
export const { GET, POST } = toNextJsHandler((request) => getAuth().handler(request));
