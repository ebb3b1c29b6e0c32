import { PageHeader, Panel } from "@/components/admin/page-header";
import { requireAdminPage } from "@/server/auth/session";
import { getDevMail } from "@/server/delivery/admin";
import { notFoundIfMissing } from "../../not-found-if-missing";

export default async function MailPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAdminPage();
  const mail = await getDevMail({ ctx, input: { mailId: (await params).id } }).catch(notFoundIfMissing);
  return (
    <>
      <PageHeader title={mail.subject} back={{ href: "/admin/mailbox", label: "Mailbox" }} description={`to ${mail.to}`} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Panel title="HTML">
          {/* Sandboxed: the message's HTML can neither run script nor reach this page. */}
          <iframe title="HTML version" sandbox="" srcDoc={mail.html} className="h-[640px] w-full rounded-b-lg bg-white" />
        </Panel>
        <Panel title="Plain text">
          <pre className="max-h-[640px] overflow-auto px-4 py-3 text-xs whitespace-pre-wrap">{mail.text}</pre>
        </Panel>
      </div>
      <Panel title="Headers" className="mt-6">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 px-4 py-3 font-mono text-xs">
          {Object.entries(mail.headers).map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{name}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </Panel>
    </>
  );
}
