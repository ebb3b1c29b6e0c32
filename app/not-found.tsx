import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found" };

/** Any URL that is not a page: served from the page cache as one shared 404. */
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-slate-600 dark:text-slate-400">There is nothing at this address.</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the status page is served as cached bytes */}
      <a href="/" className="font-medium text-blue-700 hover:underline dark:text-blue-400">
        See the current status →
      </a>
    </main>
  );
}
