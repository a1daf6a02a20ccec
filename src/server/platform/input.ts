// Small zod pieces the contexts' input schemas share. A schema a context exports is what its edge
// (a Studio form, a tRPC procedure) parses, once; its commands then take the parsed value.
import { z } from "zod";

/** A checkbox: ticked ("on" from a form, or true) or not (absent, anything else). */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
