import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";
import { Instant, RecordId } from "@/lib/domain/schema-fields";
import { windowSetProblems } from "@/lib/domain/window-rules";
import { ClosedWindowSpec, WindowSpec } from "@/lib/domain/window-spec";
import { ComponentStatus, IncidentImpact, IncidentStatus } from "@/lib/domain/status-schemas";

const MAX_BODY = 20_000;
const Title = z
  .string({ error: "Title is required" })
  .trim()
  .min(1, "Title is required")
  .max(200, "Title is too long (200 characters at most)");
// Browsers submit textarea line breaks as CRLF; store LF so edits compare and diff cleanly.
const lf = (text: string) => text.replace(/\r\n?/g, "\n");

export const MarkdownBody = z
  .string({ error: "Write the text of the update" })
  .transform(lf)
  .pipe(z.string().trim().min(1, "Write the text of the update").max(MAX_BODY, `Text is too long (${MAX_BODY} characters at most)`));

/** What an incident may set a component to (maintenance belongs to maintenance). */
export const AFFECTED_STATUSES = ["operational", "degraded_performance", "partial_outage", "major_outage"] as const;
export const AffectedStatus = z.enum(AFFECTED_STATUSES, { error: "Pick a component status" });
export type AffectedStatus = z.infer<typeof AffectedStatus>;

/** Statuses an open incident's update may have; "resolved" goes through resolution. */
export const OPEN_STATUSES = ["investigating", "identified", "monitoring"] as const;
export const OpenStatus = z.enum(OPEN_STATUSES, { error: "Pick investigating, identified or monitoring" });

const uniqueBy =
  <T>(key: (item: T) => string, field: string | null, message: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) ctx.addIssue({ code: "custom", path: field ? [index, field] : [index], message });
      seen.add(key(item));
    });
  };

export const ComponentChanges = z
  .array(z.object({ componentId: RecordId("Component"), status: AffectedStatus }))
  .max(500)
  .default([])
  .superRefine(uniqueBy((c) => c.componentId, "componentId", "This component is listed twice"));
export type ComponentChanges = z.input<typeof ComponentChanges>;

const addWindowIssues = (windows: Array<z.output<typeof WindowSpec>>, path: (string | number)[], ctx: z.RefinementCtx) => {
  for (const problem of windowSetProblems(windows, new Date())) {
    ctx.addIssue({ code: "custom", path: [...path, problem.index, problem.field], message: problem.message });
  }
};

export const BackfillUpdate = z.object({
  status: IncidentStatus,
  body: MarkdownBody,
  displayAt: Instant("Time"),
  // Historical status changes for the public timeline; current component statuses are not touched.
  components: z.array(z.object({ componentId: RecordId("Component"), oldStatus: ComponentStatus, newStatus: ComponentStatus })).default([]),
});

export const Backfill = z
  .object({
    startedAt: Instant("Start"),
    resolvedAt: Instant("Resolution time"),
    windows: z.array(ClosedWindowSpec).max(500).default([]),
    updates: z.array(BackfillUpdate).min(1, "Add at least one update").max(500),
  })
  .superRefine((b, ctx) => {
    const now = Date.now() + 60_000;
    const start = b.startedAt.getTime();
    const end = b.resolvedAt.getTime();
    if (start > now) ctx.addIssue({ code: "custom", path: ["startedAt"], message: "Start cannot be in the future" });
    if (end <= start) {
      // Everything else is measured against this span: checking it now would only repeat the problem.
      ctx.addIssue({ code: "custom", path: ["resolvedAt"], message: "Resolution must be after the start" });
      return;
    }
    if (end > now) ctx.addIssue({ code: "custom", path: ["resolvedAt"], message: "A past incident cannot be resolved in the future" });
    b.updates.forEach((u, i) => {
      const t = u.displayAt.getTime();
      if (t < start || t > end)
        ctx.addIssue({ code: "custom", path: ["updates", i, "displayAt"], message: "Must be between the start and the resolution" });
    });
    b.windows.forEach((w, i) => {
      if (w.startedAt.getTime() < start)
        ctx.addIssue({ code: "custom", path: ["windows", i, "startedAt"], message: "Starts before the incident" });
      if (w.endedAt.getTime() > end)
        ctx.addIssue({ code: "custom", path: ["windows", i, "endedAt"], message: "Ends after the resolution" });
    });
    addWindowIssues(b.windows, ["windows"], ctx);
    const last = [...b.updates].sort((x, y) => x.displayAt.getTime() - y.displayAt.getTime()).at(-1);
    if (last && last.status !== "resolved") {
      ctx.addIssue({ code: "custom", path: ["updates"], message: "The latest update of a past incident must be a resolved one" });
    }
  });
export type Backfill = z.input<typeof Backfill>;

export const CreateIncidentInput = z
  .object({
    title: Title,
    impact: IncidentImpact.default("none"),
    /** Affected components, each with the status the incident sets (operational: affected, not degraded). */
    components: ComponentChanges,
    /** Status and text of the first update (not used by a backfill, which brings its own updates). */
    status: OpenStatus.default("investigating"),
    body: MarkdownBody.optional(),
    /** When the problem began; default now. Windows opened from component statuses start here. */
    startedAt: Instant("Start").optional(),
    publish: z.boolean().default(false),
    notify: z.boolean().default(true),
    /** Explicit windows instead of one per degraded component. */
    windows: z.array(WindowSpec).max(500).optional(),
    /** A past, resolved incident: published at once, never announced, current statuses untouched. */
    backfill: Backfill.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.backfill) return;
    if (!input.body) ctx.addIssue({ code: "custom", path: ["body"], message: "Write the text of the first update" });
    if (input.startedAt && input.startedAt.getTime() > Date.now() + 60_000) {
      ctx.addIssue({ code: "custom", path: ["startedAt"], message: "Start cannot be in the future" });
    }
    if (input.windows) addWindowIssues(input.windows, ["windows"], ctx);
  });
export type CreateIncidentInput = VerbInput<typeof CreateIncidentInput>;

export const PublishIncidentInput = z.object({
  incidentId: RecordId("Incident"),
  /** Default: what was chosen when the draft was saved. */
  notify: z.boolean().optional(),
});
export type PublishIncidentInput = VerbInput<typeof PublishIncidentInput>;

export const UpdateIncidentInput = z.object({
  incidentId: RecordId("Incident"),
  title: Title.optional(),
  impact: IncidentImpact.optional(),
  startedAt: Instant("Start").optional(),
  /** The full list of affected components (omit to leave it). */
  componentIds: z
    .array(RecordId("Component"))
    .max(500)
    .optional()
    .superRefine((ids, ctx) => {
      if (ids) uniqueBy((id: string) => id, null, "This component is listed twice")(ids, ctx);
    }),
});
export type UpdateIncidentInput = VerbInput<typeof UpdateIncidentInput>;

export const AddIncidentUpdateInput = z.object({
  incidentId: RecordId("Incident"),
  status: IncidentStatus,
  body: MarkdownBody,
  notify: z.boolean().default(true),
  /** Default now; may be backdated (an update posted late), not set in the future. */
  displayAt: Instant("Time").optional(),
  components: ComponentChanges,
  /** Only for a resolving update: pin components at their current status instead of returning them to operational. */
  keepStatuses: z.boolean().default(false),
});
export type AddIncidentUpdateInput = VerbInput<typeof AddIncidentUpdateInput>;

export const EditIncidentUpdateInput = z.object({ updateId: RecordId("Update"), body: MarkdownBody });
export type EditIncidentUpdateInput = VerbInput<typeof EditIncidentUpdateInput>;

export const ResolveIncidentInput = z.object({
  incidentId: RecordId("Incident"),
  resolvedAt: Instant("Resolution time").optional(),
  body: MarkdownBody.optional(),
  notify: z.boolean().default(true),
  keepStatuses: z.boolean().default(false),
});
export type ResolveIncidentInput = VerbInput<typeof ResolveIncidentInput>;

export const GetIncidentInput = z.object({ incidentId: RecordId("Incident") });
export type GetIncidentInput = VerbInput<typeof GetIncidentInput>;

export const DeleteIncidentInput = z.object({ incidentId: RecordId("Incident") });
export type DeleteIncidentInput = VerbInput<typeof DeleteIncidentInput>;

export const ListIncidentsInput = z.object({
  status: z.enum(["open", "draft", "resolved", "all", ...IncidentStatus.options]).default("all"),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ListIncidentsInput = VerbInput<typeof ListIncidentsInput>;
