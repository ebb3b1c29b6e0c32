import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmForm } from "@/components/subscribe/confirm-form";
import { linkClass, Notice, PublicCard } from "@/components/subscribe/public-card";
import { runAction } from "@/server/action-result";
import { getConfirmation, publicCtx } from "@/server/subscriber";
import { messages } from "@/lib/i18n";
import { localizeAnswer } from "@/lib/i18n/answers";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { confirmAction } from "../../actions";

// The token is a secret: keep it out of Referer headers and search engines.
export async function generateMetadata(): Promise<Metadata> {
  const title = messages(pageLanguage((await readPublicSnapshot())?.snapshot)).subscribe.confirmTitle;
  return { title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

/** Shows whose subscription this is; only the button (a POST) confirms. */
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const lang = pageLanguage((await readPublicSnapshot())?.snapshot);
  const t = messages(lang).subscribe;
  const [askBefore, askAfter = ""] = t.confirmQuestion.split("{email}");
  const result = await runAction(() => getConfirmation({ ctx: publicCtx(), input: { token: token } }));
  const view = result.ok ? result.data : { ok: false as const, message: result.error };
  if (!view.ok) {
    return (
      <PublicCard title={t.confirmTitle}>
        <Notice tone="error">
          <p>{localizeAnswer(lang, view.message)}</p>
          <p className="mt-1">
            <Link href="/subscribe" className={linkClass}>
              {t.again}
            </Link>
          </p>
        </Notice>
      </PublicCard>
    );
  }
  return (
    <PublicCard
      title={t.confirmTitle}
      description={
        <p>
          {askBefore}
          <strong className="break-all">{view.email}</strong>
          {askAfter}
        </p>
      }
    >
      <ConfirmForm token={token} email={view.email} action={confirmAction} />
    </PublicCard>
  );
}
