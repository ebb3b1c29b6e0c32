import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { ValidationError } from "@/server/errors";

/** zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

// Loaded on first use only (about 1.5 MB of word lists): never in public pages or the worker.
async function loadEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
  ]);
  return new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
}

/** Why a password is too weak (the estimator's own feedback), or null when it is strong enough. */
export async function passwordWeakness(password: string, userInputs: string[] = []): Promise<string | null> {
  estimator ??= loadEstimator();
  // The person's own name and address, and the app's, are the first things an attacker tries.
  const inputs = [...userInputs.flatMap((value) => [value, ...value.split(/[@.\s]+/)]), "status", "statuspage"].filter((v) => v.length > 2);
  const result = (await estimator).check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  const advice = suggestions.length ? suggestions.join(" ") : "Add another word or two that are less common.";
  return `This password is too easy to guess. ${warning ? `${warning} ` : ""}${advice}`;
}

/** Refuses a weak password with a message on `field`. Every verb that sets a password calls this. */
export async function assertStrongPassword(password: string, userInputs: string[], field = "password"): Promise<void> {
  const weakness = await passwordWeakness(password, userInputs);
  if (weakness) throw ValidationError.field(field, weakness);
}
