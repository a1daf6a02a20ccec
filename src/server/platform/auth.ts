// Accounts: organizers sign up and sign in with e-mail + password through next-auth
// (credentials provider, JWT session cookie). Passwords are hashed with argon2id.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DomainError } from "./errors";
import { checkPassword, type SessionUser } from "./accounts";

export { signUp, signUpInput, type SessionUser } from "./accounts";

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt" },
  pages: { signIn: "/studio/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const user = await checkPassword(String(raw?.email ?? ""), String(raw?.password ?? ""));
        if (!user) throw new CredentialsSignin();
        return user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
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
