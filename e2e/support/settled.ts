import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";

// Specs share one app: a change another spec made from outside the app (an incident resolved, a
// setting put back) reaches the public page at the app's next revision poll (within 2 s). A spec that
// judges the page-wide state waits for it first.

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/** Waits until the public page says all systems are operational. */
export async function untilAllClear(request: APIRequestContext): Promise<void> {
  await expect
    .poll(async () => ((await (await request.get("/api/v2/status.json")).json()) as { status: { indicator: string } }).status.indicator, {
      timeout: 10_000,
    })
    .toBe("none");
}

/** Waits until the public page is served in `lang` (its `<html lang>`); usable in hooks without a request fixture. */
export async function untilPageLanguage(lang: string): Promise<void> {
  const request = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    await expect
      .poll(async () => /<html[^>]* lang="([^"]+)"/.exec(await (await request.get("/")).text())?.[1], { timeout: 10_000 })
      .toBe(lang);
  } finally {
    await request.dispose();
  }
}
