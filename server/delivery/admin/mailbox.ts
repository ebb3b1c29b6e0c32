import { authorize, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { DevMailIdInput, ListDevMailInput } from "./schemas";

/** The dev mailbox: what would have been sent, when no SMTP server is configured. */
export async function listDevMail({ ctx, input = {} }: { ctx: Ctx; input?: ListDevMailInput }) {
  authorize(ctx, "admin:read");
  const { take } = parseInput(ListDevMailInput, input);
  return ctx.db.devMail.findMany({ orderBy: { createdAt: "desc" }, take, select: { id: true, to: true, subject: true, createdAt: true } });
}

export async function getDevMail({ ctx, input }: { ctx: Ctx; input: DevMailIdInput }) {
  authorize(ctx, "admin:read");
  const { mailId } = parseInput(DevMailIdInput, input);
  const mail = await ctx.db.devMail.findUnique({ where: { id: mailId } });
  if (!mail) throw NotFoundError.of("Message");
  return { ...mail, headers: JSON.parse(mail.headers) as Record<string, string> };
}
