import type { z } from "zod";

/**
 * What a verb accepts: an object that may carry its schema's fields, each value unchecked. Routes and
 * actions pass what they received (a JSON body, a form) without casts; the verb's parseInput judges the
 * values, and a misspelt field name in an object literal still fails to compile.
 */
export type VerbInput<S extends z.ZodType> = { [K in keyof z.input<S>]?: unknown };
