import { authorize, type Ctx } from "@/server/context";

/** Members (with when they were last active) and pending invitations, for the team page. */
export async function listTeam({ ctx, now = new Date() }: { ctx: Ctx; now?: Date }) {
  authorize(ctx, "admin:read");
  const [users, invitations] = await Promise.all([
    ctx.db.user.findMany({
      orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        disabledAt: true,
        createdAt: true,
        sessions: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 },
      },
    }),
    ctx.db.invitation.findMany({
      where: { acceptedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return {
    members: users.map(({ sessions, ...user }) => ({ ...user, lastActiveAt: sessions[0]?.updatedAt ?? null })),
    invitations: invitations.map((invitation) => ({ ...invitation, expired: invitation.expiresAt <= now })),
  };
}
