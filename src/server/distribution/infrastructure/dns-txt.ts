// The DNS port for domain verification: TXT records of a name. Tests hand in their own lookup.
import { Resolver } from "node:dns/promises";

/** The TXT records at `name`, each as the strings it was split into; none: []. */
export type TxtLookup = (name: string) => Promise<string[][]>;

const NOTHING_THERE = new Set([
  "ENOTFOUND",
  "ENODATA",
  "NXDOMAIN",
  "ESERVFAIL",
  "ETIMEOUT",
  "ECONNREFUSED",
  "EREFUSED",
]);

export const dnsTxt: TxtLookup = async (name) => {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  try {
    return await resolver.resolveTxt(name);
  } catch (e) {
    // No record, no answer: for the organizer both mean "not there yet".
    if (NOTHING_THERE.has((e as NodeJS.ErrnoException).code ?? "")) return [];
    throw e;
  }
};
