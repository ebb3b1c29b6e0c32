import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput, ValidationError } from "@/server/errors";
import { hashPassword } from "./auth";
import { checkOwnerSetupToken, OWNER_SETUP_IDENTIFIER, type OwnerSetupState } from "./owner-setup-token";
import { assertStrongPassword } from "./password-strength";
import { SetupOwnerInput } from "./schemas";
import { hashLinkToken } from "./tokens";
import { createPasswordUser, publicUser, userActor } from "./users";

export {
  checkOwnerSetupToken,
  hasActiveOwner,
  issueOwnerSetupToken,
  OWNER_SETUP_IDENTIFIER,
  ownerSetupUrl,
  type OwnerSetupState,
} from "./owner-setup-token";

/**
 * Creates the first owner from the one-time setup link. No role to check: the token printed in the
 * server log is the authority. Token consumed, user, password login and audit row in one transaction.
 */
export async function setupOwner({ ctx, input, now = new Date() }: { ctx: Ctx; input: SetupOwnerInput; now?: Date }) {
  const data = parseInput(SetupOwnerInput, input);
  // Cheap check first: no password hashing for a link that cannot work.
  assertUsable(await checkOwnerSetupToken(ctx.db, data.token, now));
  await assertStrongPassword(data.password, [data.email, data.name]);
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    assertUsable(await checkOwnerSetupToken(tx, data.token, now));
    const consumed = await tx.verification.deleteMany({ where: { identifier: OWNER_SETUP_IDENTIFIER, value: hashLinkToken(data.token) } });
    if (consumed.count !== 1) assertUsable("invalid");
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw ValidationError.field("email", "An account with this email already exists");
    }
    const user = await createPasswordUser(tx, { name: data.name, email: data.email, role: "owner", passwordHash });
    await recordAudit(
      tx,
      { ...ctx, actor: userActor({ ...user, role: "owner" }) },
      {
        action: "user.setup-owner",
        entityType: "user",
        entityId: user.id,
        after: publicUser(user),
      },
    );
    return publicUser(user);
  });
}

function assertUsable(state: OwnerSetupState): void {
  if (state === "valid") return;
  if (state === "done") throw new ConflictError("The owner account is already set up. Sign in instead.");
  const message =
    state === "expired"
      ? "This setup link has expired. Restart the app to print a new one."
      : "This setup link is not valid (it may have been used or replaced). Restart the app to print a new one.";
  throw ValidationError.field("token", message);
}
