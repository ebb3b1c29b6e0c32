import { authorize, type Ctx } from "@/server/context";
import type { Tx } from "@/server/context";

export const SETTING_ID = "default";

const select = {
  pageName: true,
  publicUrl: true,
  logoUrl: true,
  logoDarkUrl: true,
  faviconUrl: true,
  accentColor: true,
  supportUrl: true,
  footerLinks: true,
  language: true,
  timeZone: true,
  senderName: true,
  senderEmail: true,
  replyTo: true,
  uptimeWeightMajor: true,
  uptimeWeightPartial: true,
  uptimeWeightDegraded: true,
  updatedAt: true,
} as const;

export type Settings = {
  pageName: string;
  publicUrl: string;
  logoUrl: string | null;
  logoDarkUrl: string | null;
  faviconUrl: string | null;
  accentColor: string | null;
  supportUrl: string | null;
  /** JSON: [{ label, url }]. */
  footerLinks: string | null;
  /** lib/i18n LANGUAGES: the public page's, its emails' and feeds'. */
  language: string;
  timeZone: string;
  senderName: string;
  senderEmail: string;
  replyTo: string | null;
  uptimeWeightMajor: number;
  uptimeWeightPartial: number;
  uptimeWeightDegraded: number;
  updatedAt: Date | null;
};

// The schema's defaults, for a database whose first run has not written the row yet.
const DEFAULTS: Settings = {
  pageName: "Status",
  publicUrl: "http://localhost:3000",
  logoUrl: null,
  logoDarkUrl: null,
  faviconUrl: null,
  accentColor: null,
  supportUrl: null,
  footerLinks: null,
  language: "en",
  timeZone: "UTC",
  senderName: "Status",
  senderEmail: "status@localhost",
  replyTo: null,
  uptimeWeightMajor: 1,
  uptimeWeightPartial: 0.3,
  uptimeWeightDegraded: 0,
  updatedAt: null,
};

export async function readSettings(db: Pick<Tx, "setting">): Promise<Settings> {
  return (await db.setting.findUnique({ where: { id: SETTING_ID }, select })) ?? DEFAULTS;
}

/** The page's settings (defaults when never saved). */
export async function getSettings({ ctx }: { ctx: Ctx }): Promise<Settings> {
  authorize(ctx, "admin:read");
  return readSettings(ctx.tx ?? ctx.db);
}
