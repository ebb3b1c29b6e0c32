import type { Metadata } from "next";
import { messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

const pageMessages = async () => messages(pageLanguage((await readPublicSnapshot())?.snapshot)).notFound;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageMessages()).title };
}

/** Any URL that is not a page: served from the page cache as one shared 404. */
export default async function NotFound() {
  const m = await pageMessages();
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold">{m.title}</h1>
      <p className="text-slate-600 dark:text-slate-400">{m.body}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the status page is served as cached bytes */}
      <a href="/" className="font-medium text-blue-700 hover:underline dark:text-blue-400">
        {m.home}
      </a>
    </main>
  );
}
