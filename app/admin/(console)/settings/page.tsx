import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { can, requireAdminPage } from "@/server/auth/session";
import { getSettings } from "@/server/settings";
import { updateSettingsAction } from "./actions";
import { env } from "@/lib/env";
import { dkimAlignmentWarning } from "@/server/delivery/dkim-alignment";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const ctx = await requireAdminPage();
  const settings = await getSettings({ ctx });
  return (
    <>
      <PageHeader title="Settings" description="Changes reach the public page within seconds." />
      <SettingsForm
        settings={settings}
        timeZones={Intl.supportedValuesOf("timeZone")}
        canWrite={can(ctx, "settings:write")}
        action={updateSettingsAction}
        publicUrlFromEnv={env.PUBLIC_URL ? env.baseUrl : undefined}
        dkimWarning={dkimAlignmentWarning(env.DKIM_DOMAIN, settings.senderEmail)}
      />
    </>
  );
}
