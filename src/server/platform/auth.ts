// Accounts: organizers sign up and sign in with e-mail + password through next-auth
// (credentials provider, JWT session cookie checked against the account's session version).
// Passwords are hashed with argon2id; sign-in is throttled before any hash runs (ADR 0016).
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DomainError } from "./errors";
import { attemptSignIn, type SessionUser } from "./accounts";
import { clientAddressOf } from "./client-address";
import { config } from "./config";
import { clock } from "./clock";
import { sessionJwt } from "./session-token";

export {
  signUp,
  signUpInput,
  resendVerification,
  revokeSessions,
  isEmailVerified,
  verifyEmail,
  throttledMessage,
  type SessionUser,
} from "./accounts";

/** Too many failed attempts: `retryAfter` seconds until the next one is heard. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfter: number) {
    super();
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt" },
  pages: { signIn: "/studio/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const client = clientAddressOf(request.headers, config().TRUSTED_PROXIES);
        const credentials = { email: raw?.email, password: raw?.password };
        const result = await attemptSignIn(credentials, client, clock.now());
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new SignInThrottled(result.retryAfter);
        throw new CredentialsSignin();
      },
    }),
  ],
  callbacks: {
    jwt: sessionJwt as never,
    session({ session, token }) {
      if (token.uid && session.user) session.user.id = String(token.uid);
      return session;
    },
  },
}));

/** The signed-in organizer, or null. Checked on the server for every Studio page, procedure and action. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const u = session?.user;
  if (!u?.id || !u.email) return null;
  return { id: u.id, email: u.email, name: u.name ?? u.email };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new DomainError("Unauthenticated", "Sign in to continue.");
  return user;
}
