// The chat services by name, for the console's form and list (plain data: server and client import it).
export const CHAT_KIND_OPTIONS = [
  { value: "slack", label: "Slack" },
  { value: "teams", label: "Microsoft Teams" },
  { value: "discord", label: "Discord" },
  { value: "generic", label: "Generic JSON" },
];
