import type { IncidentStatus } from "@/lib/domain/statuses";

export type UpdateTemplate = { id: string; name: string; status: IncidentStatus; body: string };

// Starting points for the update form: plain words, what customers can do, when the next update comes.
// Square brackets mark what the author must fill in. Browser-safe (no server imports): the form uses it.
export const UPDATE_TEMPLATES: readonly UpdateTemplate[] = [
  {
    id: "investigating",
    name: "Investigating",
    status: "investigating",
    body: `We're investigating reports of [errors / slow responses] affecting [component]. Some requests may fail or take longer than usual.

We'll post an update within 30 minutes.`,
  },
  {
    id: "identified",
    name: "Cause identified",
    status: "identified",
    body: `We've identified the cause: [short, plain description]. We're [rolling back / applying a fix / adding capacity] now.

Data you sent successfully is safe. Next update within 30 minutes.`,
  },
  {
    id: "monitoring",
    name: "Fix deployed, monitoring",
    status: "monitoring",
    body: `A fix has been deployed and [component] has been working normally since [time UTC]. We're monitoring closely to make sure it stays that way.

If you still see problems, please retry the request or contact support.`,
  },
  {
    id: "resolved",
    name: "Resolved",
    status: "resolved",
    body: `This incident has been resolved. [Component] has been operating normally since [time UTC].

We're sorry for the disruption. A postmortem with the full timeline will follow.`,
  },
  {
    id: "third-party",
    name: "Third-party outage",
    status: "identified",
    body: `The problem is caused by an outage at [provider], which we rely on for [what it does for us]. We're in contact with them and following their status page.

While it lasts, [what still works / suggested workaround]. Next update within 60 minutes.`,
  },
  {
    id: "degraded-performance",
    name: "Degraded performance",
    status: "investigating",
    body: `[Component] is responding more slowly than usual. Requests are completing, but may take up to [n] seconds.

We're looking into the cause and will update within 30 minutes.`,
  },
  {
    id: "delayed-processing",
    name: "Delayed processing (no data loss)",
    status: "identified",
    body: `Incoming data is being accepted and queued, but processing is delayed, so dashboards may not show recent data.

**Nothing that was accepted will be lost**: queued data will appear with its original timestamps once processing catches up.`,
  },
];

/** The body a resolution gets when the author writes none. */
export const DEFAULT_RESOLVED_BODY = "This incident has been resolved. Everything is operating normally.";
