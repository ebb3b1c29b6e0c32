import type { en } from "./en";

/** A count's wordings, picked with Intl.PluralRules; "other" also covers categories a language lacks here. */
export type Plural = { one: string; other: string };

// English's shape with every text widened to string: `satisfies Catalog` then refuses a missing or an extra key.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Widen<T[K]> };
export type Catalog = Widen<typeof en>;
