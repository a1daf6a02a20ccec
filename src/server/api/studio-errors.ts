// A context's messages in the Studio's language (docs/adr/0035), as fan-errors.ts says them in the
// fan's: a context words its errors (a schema's, a `DomainError`'s) in English, and each English
// message of the Studio's catalogue (`messages/studio/common` "domain") is recognised — its
// `{arguments}` read back out of it (platform/domain-words) — and said again in the Studio's
// language. A message not listed stays as it is.
import { domainWords } from "@/server/platform/domain-words";
import { MESSAGES, studioTranslatorFor } from "@/server/platform/messages";

/** A context's English message in the Studio's language (itself when it is not listed, or in English). */
export const inStudioWords = domainWords(MESSAGES.en.studio.common.domain, (locale, key, values) =>
  (studioTranslatorFor(locale, "common") as unknown as (k: string, v: Record<string, string>) => string)(
    `domain.${key}`,
    values,
  ),
);
