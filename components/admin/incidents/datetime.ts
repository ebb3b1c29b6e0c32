// <input type="datetime-local"> speaks the browser's wall-clock time; the server wants UTC instants.

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** "2021-03-30T10:52" for the instant, in this runtime's (the browser's) time zone. */
export function toLocalInput(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a datetime-local value means in this runtime's time zone; null when empty or malformed. */
export function fromLocalInput(value: string): Date | null {
  if (!LOCAL_INPUT.test(value)) return null;
  const date = new Date(value); // no offset: ECMAScript reads date-time strings as local time
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2021-03-30 14:52 UTC" */
export function utcLabel(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
