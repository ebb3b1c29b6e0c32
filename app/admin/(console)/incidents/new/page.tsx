import type { Metadata } from "next";
import { IncidentForm } from "@/components/admin/incidents/incident-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/server/auth/session";
import { listComponents } from "@/server/component";
import { createIncidentAction } from "../actions";
import { componentOptions } from "../component-options";

export const metadata: Metadata = { title: "New incident" };

export default async function NewIncidentPage() {
  const ctx = await requireAdminPage("incident:write");
  const { rows } = await listComponents({ ctx });
  return (
    <>
      <PageHeader
        back={{ href: "/admin/incidents", label: "Incidents" }}
        title="New incident"
        description="Publish now, keep as a draft, or enter a past incident after the fact."
      />
      <IncidentForm components={componentOptions(rows)} action={createIncidentAction} />
    </>
  );
}
