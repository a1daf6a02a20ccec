// The session cookie (a JWT) carries the account id and the session version it was issued under.
// On every read the version is compared with the account's: sign-out bumps it, so a copied
// cookie stops working at once instead of in 30 days (ADR 0016). No next-auth import: testable.
import { sessionIsCurrent } from "./accounts";

type Token = Record<string, unknown>;

/** next-auth's `jwt` callback: at sign-in `user` is set; afterwards null means "signed out". */
export async function sessionJwt({ token, user }: { token: Token; user?: unknown }): Promise<Token | null> {
  const signedIn = user as { id?: string; sessionVersion?: number } | undefined;
  if (signedIn?.id) return { ...token, uid: signedIn.id, sv: signedIn.sessionVersion ?? 0 };
  if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  return (await sessionIsCurrent(token.uid, token.sv)) ? token : null;
}

/** next-auth's session cookie, chunked (".0", ".1", …) when long; "__Secure-" over HTTPS. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Whether a request can carry a session at all. Without the cookie there is none, and next-auth's
 * read is skipped: it cost a fan's purchase more CPU than the purchase's own queries (issue 13).
 */
export function mayHaveSession(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
