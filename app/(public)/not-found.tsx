/** An incident or maintenance that does not exist (or is not public), inside the page's own frame. */
export default function PublicNotFound() {
  return (
    <section className="flex flex-col gap-3 py-16 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-slate-600 dark:text-slate-400">This incident or maintenance does not exist, or is not public.</p>
      <p>
        <a href="/history" className="font-medium text-blue-700 hover:underline dark:text-blue-400">
          Incident history →
        </a>
      </p>
    </section>
  );
}
