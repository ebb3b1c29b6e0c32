// Input for the authorization matrix. The Setting row is shared by every test, so an allowed run
// saves the current values inside a transaction that is then rolled back: nobody sees a change.
import type { MatrixCase } from "@/server/component/matrix-inputs";
import type { Db } from "@/server/db";
import { readSettings } from "./get-settings";
import { updateSettings } from "./update-settings";

const ROLLBACK = Symbol("rollback");

export async function matrixCases(db: Db): Promise<MatrixCase[]> {
  const { updatedAt: _ignored, ...current } = await readSettings(db);
  return [
    {
      name: "updateSettings",
      permission: "settings:write",
      run: async (ctx) => {
        let saved: unknown;
        await ctx.db
          .$transaction(async (tx) => {
            saved = await updateSettings({ ctx: { ...ctx, tx }, input: current });
            throw ROLLBACK;
          })
          .catch((error) => {
            if (error !== ROLLBACK) throw error;
          });
        return saved;
      },
    },
  ];
}
