import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { createApiToken } from "@/server/api-token";
import type { Ctx } from "@/server/context";
import { ensureProductionBuild } from "@/test/app-build";
import { startApp, type AppProcess } from "@/test/app-process";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import type { FuzzContext } from "./requests";
import { appRoutes, serverActions, type KnownIds } from "./targets";

const SECRET = "fuzz-secret-".padEnd(48, "x");
const PASSWORD = "fuzzing owner passphrase, long enough";

export type AppUnderTest = { ctx: FuzzContext; app: AppProcess; database: FreshDatabase; close: () => Promise<void> };

async function signIn(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`owner sign-in answered ${response.status}: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function knownIds({ db }: FreshDatabase, ownerId: string, tokenId: string): Promise<KnownIds> {
  const idsOf = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
  const subscribers = await db.subscriber.findMany({ take: 20, select: { id: true, manageSalt: true, confirmNonce: true } });
  // The links the emails carry (server/subscriber/tokens.ts), with the app's secret.
  const mac = (purpose: string, id: string, salt: string) =>
    `${id}.${createHmac("sha256", SECRET).update(`subscriber-${purpose}|${id}|${salt}`, "utf8").digest("base64url")}`;
  const byKind: KnownIds["byKind"] = {
    component: idsOf(await db.component.findMany({ select: { id: true } })),
    group: idsOf(await db.componentGroup.findMany({ select: { id: true } })),
    incident: idsOf(await db.incident.findMany({ select: { id: true } })),
    update: idsOf(await db.incidentUpdate.findMany({ take: 20, select: { id: true } })),
    window: idsOf(await db.degradationWindow.findMany({ take: 20, select: { id: true } })),
    maintenance: idsOf(await db.maintenance.findMany({ select: { id: true } })),
    subscriber: idsOf(subscribers),
    webhook: idsOf(await db.webhookEndpoint.findMany({ select: { id: true } })),
    notification: idsOf(await db.notification.findMany({ take: 10, select: { id: true } })),
    // Not the owner's account or the run's token: disabling or revoking them would end the run's access.
    user: idsOf(await db.user.findMany({ where: { id: { not: ownerId } }, select: { id: true } })),
    token: idsOf(await db.apiToken.findMany({ where: { id: { not: tokenId } }, select: { id: true } })),
  };
  const slugs = [
    ...(await db.incident.findMany({ select: { slug: true } })),
    ...(await db.maintenance.findMany({ select: { slug: true } })),
  ].map((r) => r.slug);
  const tokens = subscribers.flatMap((s) => [
    mac("manage", s.id, s.manageSalt),
    ...(s.confirmNonce ? [mac("confirm", s.id, s.confirmNonce)] : []),
  ]);
  return { ids: Object.values(byKind).flat(), byKind, slugs, tokens };
}

/**
 * The production app (`npm start`, built first if needed) on a fresh database of the run's kind, with
 * its demo data, an owner signed in (session cookie) and a write token for the management API.
 */
export async function startAppUnderTest(port: number): Promise<AppUnderTest> {
  await ensureProductionBuild();
  const database = await freshDatabase("fuzz");
  const dir = mkdtempSync(path.join(os.tmpdir(), "statuspage-fuzz-"));
  const origin = `http://127.0.0.1:${port}`;
  const close = async (app?: AppProcess) => {
    await app?.stop();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  let app: AppProcess | undefined;
  try {
    app = await startApp(
      { DATABASE_URL: database.url, CACHE_DIR: path.join(dir, "cache"), RUN_WORKER: "0", AUTH_SECRET: SECRET, PUBLIC_URL: origin },
      port,
    );
    const email = `owner-${Date.now()}@fuzz.test`;
    const password = await hashPassword(PASSWORD);
    const owner = await database.db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: "Fuzz owner", email, role: "owner" } });
      await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password } });
      return user;
    });
    const ownerCtx: Ctx = { db: database.db, actor: { type: "user", id: owner.id, email, name: owner.name, role: "owner" } };
    const { token, secret } = await createApiToken({ ctx: ownerCtx, input: { name: "Fuzz", scope: "write" } });
    const ctx: FuzzContext = {
      origin,
      ownerCookie: await signIn(origin, email),
      writeToken: secret,
      actions: serverActions(),
      routes: appRoutes(),
      known: await knownIds(database, owner.id, token.id),
    };
    const running = app;
    return { ctx, app: running, database, close: () => close(running) };
  } catch (error) {
    await close(app);
    throw error;
  }
}
