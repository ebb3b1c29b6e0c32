import type { Metadata } from "next";
import { JobSwitch } from "@/components/admin/jobs/job-switch";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { JOB_CLASS_PHRASING } from "@/lib/domain/job-classes";
import { can, requireAdminPage } from "@/server/auth/session";
import { listJobControls } from "@/server/job-control";
import { setJobPausedAction } from "./actions";

export const metadata: Metadata = { title: "Background jobs" };

export default async function JobsPage() {
  const ctx = await requireAdminPage();
  const controls = await listJobControls({ ctx });
  const canWrite = can(ctx, "settings:write");
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="A kill switch for each kind of work the worker does. Paused work waits where it is; nothing is dropped, and every switch is in the audit log."
      />
      <div className="flex flex-col gap-6">
        {controls.map((control) => (
          <Panel key={control.jobClass} title={JOB_CLASS_PHRASING[control.jobClass].name}>
            <JobSwitch control={control} canWrite={canWrite} action={setJobPausedAction} />
          </Panel>
        ))}
      </div>
    </>
  );
}
