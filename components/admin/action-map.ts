/** A server-actions module's exports keyed by verb: `createComponentAction` → `createComponent`. */
export type ActionMap<T> = { [K in keyof T as K extends `${infer Verb}Action` ? Verb : never]: T[K] };

/**
 * The plain object a console page hands its client component (a module namespace is not one React
 * can pass), so a page does not list its actions a second time.
 */
export function actionMap<T extends object>(module: T): ActionMap<T> {
  const entries = Object.entries(module).filter(([name]) => name.endsWith("Action"));
  return Object.fromEntries(entries.map(([name, action]) => [name.slice(0, -"Action".length), action])) as ActionMap<T>;
}
