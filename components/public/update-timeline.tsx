import { Markdown } from "@/components/markdown/markdown";
import { LocalTime } from "@/components/time/local-time";
import { labelOf } from "@/lib/domain/labels";
import { messages, type Language } from "@/lib/i18n";

type Update = { id: string; status: string; body: string; displayAt: string };

/** Updates newest first, each with its status label, body and time. */
type Props = { updates: Update[]; kind?: "incident" | "maintenance"; lang: Language };

export function UpdateTimeline({ updates, kind = "incident", lang }: Props) {
  const labels = kind === "incident" ? messages(lang).incidentStatus : messages(lang).maintenanceStatus;
  if (updates.length === 0) return null;
  return (
    <ol className="flex flex-col gap-5 border-l border-slate-200 pl-5 dark:border-slate-700">
      {updates.map((update) => (
        <li key={update.id} className="relative">
          <span
            aria-hidden
            className="absolute top-1.5 -left-[25px] size-2.5 rounded-full border-2 border-white bg-slate-400 dark:border-[#0b0f14] dark:bg-slate-500"
          />
          <p className="text-sm">
            <strong className="font-semibold">{labelOf(labels, update.status)}</strong>
            <span className="text-slate-600 dark:text-slate-400">
              {" · "}
              <LocalTime iso={update.displayAt} format="relative" />
            </span>
          </p>
          <div className="mt-1 text-[15px]">
            <Markdown source={update.body} />
          </div>
        </li>
      ))}
    </ol>
  );
}
