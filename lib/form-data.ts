/** FormData → plain object for zod: checkboxes ("on") become booleans, empty strings undefined, repeated keys arrays. */
export function formToObject(form: FormData, options: { arrays?: string[]; booleans?: string[] } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (options.arrays?.includes(key)) out[key] = values.filter((v) => v !== "");
    else if (options.booleans?.includes(key)) out[key] = values.includes("on") || values.includes("true");
    else out[key] = values[0] === "" ? undefined : values[0];
  }
  for (const key of options.booleans ?? []) out[key] ??= false;
  for (const key of options.arrays ?? []) out[key] ??= [];
  return out;
}
