// The background job classes a kill switch can pause, and how the console and the API speak of each.
// Client-safe: the console page and the server's reports share these words.

export const JOB_CLASSES = ["email", "webhook", "chat", "maintenance", "import", "alerts"] as const;
export type JobClass = (typeof JOB_CLASSES)[number];

type Phrasing = {
  /** Subject of the report sentences ("Delivery paused: …"). */
  name: string;
  /** Object of the buttons ("Pause delivery"). */
  noun: string;
  /** What a paused class holds back, and what happens on resume. */
  waits: string;
  /** Running state on the console ("Sending."). */
  running: string;
  /** After a resume: what workers do again. */
  resumed: string;
  unit: [one: string, many: string];
  /** What the waiting work does after a resume ("to go out"). */
  after: string;
};

export const JOB_CLASS_PHRASING: Record<JobClass, Phrasing> = {
  email: {
    name: "Delivery",
    noun: "delivery",
    waits: "While paused, workers claim nothing; queued email waits and goes out on resume.",
    running: "Sending",
    resumed: "workers are sending again",
    unit: ["queued email", "queued emails"],
    after: "to go out",
  },
  webhook: {
    name: "Webhook delivery",
    noun: "webhooks",
    waits: "While paused, no webhook is posted; queued deliveries wait and go out on resume, retries included.",
    running: "Sending",
    resumed: "workers are posting again",
    unit: ["queued webhook delivery", "queued webhook deliveries"],
    after: "to go out",
  },
  chat: {
    name: "Chat delivery",
    noun: "chat messages",
    waits: "While paused, nothing is posted to Slack, Teams, Discord or JSON channels; queued messages wait and go out on resume.",
    running: "Sending",
    resumed: "workers are posting to chat channels again",
    unit: ["queued chat message", "queued chat messages"],
    after: "to go out",
  },
  maintenance: {
    name: "Maintenance automation",
    noun: "maintenance automation",
    waits:
      "While paused, no maintenance starts or completes by itself (engineers still can, by hand); due transitions are applied on resume.",
    running: "Running",
    resumed: "due starts and completions are applied again",
    unit: ["due transition", "due transitions"],
    after: "to apply",
  },
  import: {
    name: "Subscriber import",
    noun: "imports",
    waits: "While paused, queued imports wait and a running one stops after its current batch; each resumes where it stood.",
    running: "Running",
    resumed: "workers are importing again",
    unit: ["import", "imports"],
    after: "to run",
  },
  alerts: {
    name: "Alert processing",
    noun: "alert processing",
    waits: "While paused, received alerts are kept but change no component and open no incident; they are applied in order on resume.",
    running: "Running",
    resumed: "received alerts are applied again",
    unit: ["received alert", "received alerts"],
    after: "to apply",
  },
};

export type PauseReport = { jobClass: JobClass; paused: boolean; changed: boolean; reason: string | null; waiting: number };

/** The sentence an admin reads after pausing or resuming: exactly what changed, nothing more. */
export function describePause({ jobClass, paused, changed, reason, waiting }: PauseReport): string {
  const { name, resumed, unit, after } = JOB_CLASS_PHRASING[jobClass];
  if (!changed)
    return paused
      ? `${name} was already paused; nothing changed.${reason ? ` Reason: ${reason}.` : ""}`
      : `${name} was already running; nothing changed.`;
  const work = `${waiting} ${waiting === 1 ? unit[0] : unit[1]}`;
  if (paused) return `${name} paused: workers claim nothing until you resume; ${work} wait${waiting === 1 ? "s" : ""}.`;
  return `${name} resumed: ${resumed}; ${work} ${after}.`;
}
