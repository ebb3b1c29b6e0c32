import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { readSettings, SETTING_ID } from "./get-settings";
import { UpdateSettingsInput } from "./schemas";

/** Saves every setting at once (the form sends them all). */
export async function updateSettings({ ctx, input }: { ctx: Ctx; input: UpdateSettingsInput }) {
  authorize(ctx, "settings:write");
  const data = parseInput(UpdateSettingsInput, input);
  const settings = await inTransaction(ctx, async (tx) => {
    const { updatedAt: _before, ...before } = await readSettings(tx);
    await tx.setting.upsert({ where: { id: SETTING_ID }, create: { id: SETTING_ID, ...data }, update: data });
    const { updatedAt: _after, ...after } = await readSettings(tx);
    await finishChange(tx, ctx, { audit: { action: "settings.update", entityType: "settings", entityId: SETTING_ID, before, after } });
    return after;
  });
  await afterPublicChange(ctx);
  return settings;
}
