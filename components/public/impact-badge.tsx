import { IMPACT_STYLE } from "./labels";

export function ImpactBadge({ impact }: { impact: string }) {
  const style = IMPACT_STYLE[impact] ?? IMPACT_STYLE.none!;
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-medium ${style.className}`}>
      {style.label}
      <span className="sr-only"> impact</span>
    </span>
  );
}
