// Plain module (not "use client"): the server-rendered list reads these labels too.
export const EVENT_CHOICES = [
  { value: "incident", label: "Incidents", hint: "created, updated, resolved, postmortem published" },
  { value: "component", label: "Component status", hint: "every change of a public component's status" },
  { value: "maintenance", label: "Maintenance", hint: "scheduled, started, verifying, completed, cancelled" },
] as const;
