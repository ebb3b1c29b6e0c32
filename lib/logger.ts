import pino from "pino";
import { env } from "./env";

// JSON lines on stdout; pipe through `pino-pretty` when reading by eye.
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "statuspage" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: ["*.password", "*.token", "*.secret", "headers.authorization", "headers.cookie"],
});
