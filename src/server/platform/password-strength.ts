// How guessable a new password is, by zxcvbn-ts (dictionaries of common passwords, names, words
// and keyboard patterns, offline). Score 3 of 4 = "safely unguessable" against an online attack
// and slow to crack offline behind argon2; below that the person is told why, in its own words.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

const MIN_SCORE = 3;

let zxcvbn: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return zxcvbn;
}

/** Why this password is too easy to guess, or null if it is strong enough. `context`: the name and e-mail. */
export function weakPasswordReason(password: string, context: string[] = []): string | null {
  const result = estimator().check(password.slice(0, 100), context);
  if (result.score >= MIN_SCORE) return null;
  const why = result.feedback.warning ? `${result.feedback.warning} ` : "";
  const tip = result.feedback.suggestions[0] ?? "Use a few uncommon words together.";
  return `This password is too easy to guess. ${why}${tip}`;
}
