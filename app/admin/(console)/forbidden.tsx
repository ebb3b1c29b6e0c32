import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { AdminIcon } from "@/components/admin/icons";

// Rendered (with status 403) when a console page calls requireAdminPage(permission) and the role lacks it.
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <span className="mx-auto flex size-10 items-center justify-center rounded-full bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300">
        <AdminIcon name="lock" className="size-5" />
      </span>
      <h1 className="mt-4 text-lg font-semibold">Your role does not allow this</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        This page is for team members with more access. Ask an owner or admin if you need it.
      </p>
      <Link href="/admin" className={`${buttonClass("secondary")} mt-6`}>
        Back to the dashboard
      </Link>
    </div>
  );
}
