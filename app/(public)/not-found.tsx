import { messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

/** An incident or maintenance that does not exist (or is not public), inside the page's own frame. */
export default async function PublicNotFound() {
  const all = messages(pageLanguage((await readPublicSnapshot())?.snapshot));
  return (
    <section className="flex flex-col gap-3 py-16 text-center">
      <h1 className="text-xl font-semibold">{all.notFound.publicTitle}</h1>
      <p className="text-slate-600 dark:text-slate-400">{all.notFound.publicBody}</p>
      <p>
        <a href="/history" className="font-medium text-blue-700 hover:underline dark:text-blue-400">
          {all.home.historyLink}
        </a>
      </p>
    </section>
  );
}
