import Link from "next/link";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { LocalTime } from "@/components/time/local-time";
import { requireAdminPage } from "@/server/auth/session";
import { listDevMail } from "@/server/delivery/admin";

export const metadata = { title: "Mailbox" };

export default async function MailboxPage() {
  const ctx = await requireAdminPage();
  const mails = await listDevMail({ ctx });
  return (
    <>
      <PageHeader
        title="Mailbox"
        description="With no SMTP_URL configured, email is rendered for real and kept here instead of being sent."
      />
      <Panel>
        {mails.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
            Empty. Subscribe on the public page or publish an incident to see mail arrive.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {mails.map((mail) => (
              <li key={mail.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2.5 text-sm">
                <Link href={`/admin/mailbox/${mail.id}`} className="font-medium hover:underline">
                  {mail.subject}
                </Link>
                <span className="text-slate-600 dark:text-slate-400">
                  {mail.to} · <LocalTime iso={mail.createdAt.toISOString()} format="datetime" />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
