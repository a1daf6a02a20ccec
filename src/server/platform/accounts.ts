// Organizer accounts: sign-up and password check (argon2id). No next-auth here, so scripts
// (the demo seed) can use it too; platform/auth.ts wires it into next-auth.
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { db, isUniqueViolation } from "./db";
import { newId } from "./ids";
import { invalid, conflict } from "./errors";

export type SessionUser = { id: string; email: string; name: string };

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100),
  email: z.string().trim().toLowerCase().email("Enter a valid e-mail address"),
  password: z.string().min(8, "Use at least 8 characters").max(200),
});

export async function signUp(input: z.input<typeof signUpInput>): Promise<SessionUser> {
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const { name, email, password } = parsed.data;
  const passwordHash = await hash(password);
  try {
    const user = await db().user.create({ data: { id: newId("usr_"), name, email, passwordHash } });
    return { id: user.id, email: user.email, name: user.name };
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("An account with this e-mail already exists. Sign in instead.");
    throw e;
  }
}

export async function checkPassword(email: string, password: string): Promise<SessionUser | null> {
  const parsed = credentials.safeParse({ email, password });
  if (!parsed.success) return null;
  const user = await db().user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !(await verify(user.passwordHash, parsed.data.password))) return null;
  return { id: user.id, email: user.email, name: user.name };
}

