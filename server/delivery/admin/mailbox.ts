import { authorize, type Ctx } from "@/server/context";
import { NotFoundError } from "@/server/errors";

/** The dev mailbox: what would have been sent, when no SMTP server is configured. */
export async function listDevMail({ ctx, take = 100 }: { ctx: Ctx; take?: number }) {
  authorize(ctx, "admin:read");
  return ctx.db.devMail.findMany({ orderBy: { createdAt: "desc" }, take, select: { id: true, to: true, subject: true, createdAt: true } });
}

export async function getDevMail({ ctx, id }: { ctx: Ctx; id: string }) {
  authorize(ctx, "admin:read");
  const mail = await ctx.db.devMail.findUnique({ where: { id } });
  if (!mail) throw NotFoundError.of("Message");
  return { ...mail, headers: JSON.parse(mail.headers) as Record<string, string> };
}
