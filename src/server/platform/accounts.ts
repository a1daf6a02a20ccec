// Organizer accounts: sign-up with a verified e-mail address, sign-in with a throttle and the same
// answer and cost whether or not the account exists, sessions that sign-out revokes (ADR 0016).
// No next-auth here, so scripts (the demo seed) can use it too; platform/auth.ts wires it in.
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { config } from "./config";
import { db, isUniqueViolation, transaction, type Tx } from "./db";
import { newId } from "./ids";
import { notAllowed, DomainError } from "./errors";
import { queueMail } from "./mail";
import { rateLimit } from "./rate-limit";
import { weakPasswordReason } from "./password-strength";
import { signUpAttemptMail, verificationMail } from "./mail-templates";
import { clearSignInFailures, recordSignInFailure, signInWait, type ThrottleKey } from "./sign-in-throttle";

export type SessionUser = { id: string; email: string; name: string };

const VERIFICATION_HOURS = 48;
// An argon2id hash (default parameters, same as every stored one) of a password nobody knows:
// an unknown address costs the same verification as a known one.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$nhVLN+ddvT6mH/kByW1Ttw$5Tt8SEErJF49booVGvMwcT37t5odhmY7yX783XqOBAA";
const PER_ACCOUNT_FAILURES = 5;
const PER_CLIENT_FAILURES = 20;

const email = z.string().trim().toLowerCase().max(254).email("Enter a valid e-mail address");
const credentials = z.object({ email, password: z.string().min(1).max(200) });
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const baseUrl = () => config().PUBLIC_URL.replace(/\/$/, "");

export const signUpInput = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(100),
    email,
    password: z.string().min(8, "Use at least 8 characters").max(200, "Use at most 200 characters"),
    next: z
      .string()
      .max(300)
      .regex(/^\/studio[A-Za-z0-9_\-/]*$/)
      .optional(),
  })
  .superRefine((v, ctx) => {
    const weak = weakPasswordReason(v.password, [v.name, v.email, ...v.email.split(/[@.]/)]);
    if (weak) ctx.addIssue({ code: "custom", path: ["password"], message: weak });
  });

/** A sign-up as the form parsed it (signUpInput): an address lower-cased, a password not too weak. */
export type SignUpInput = z.output<typeof signUpInput>;

/**
 * Sign-up answers the same whether or not the address has an account, and costs the same (one
 * argon2 hash, one transaction, one e-mail): a new address gets a verification link, an unverified
 * one a fresh link, a verified one a note that someone tried. The caller says "Check your e-mail".
 */
export async function signUp(input: SignUpInput, now: Date): Promise<void> {
  const { name, email, password, next } = input;
  // Per address, whoever asks: a limit on mails to one inbox, not an oracle.
  await rateLimit(`sign-up:${email}`, 5, 3_600_000, now);
  const passwordHash = await hash(password);
  await transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing?.emailVerifiedAt) {
      const mail = signUpAttemptMail({ name: existing.name, signInLink: `${baseUrl()}/studio/sign-in` });
      const dedupeKey = `sign-up-attempt:${existing.id}:${now.getTime()}`;
      await queueMail(tx, { dedupeKey, to: email, ...mail });
    } else if (existing) {
      await mailVerification(tx, existing, now, next);
    } else {
      const user = await tx.user.create({ data: { id: newId("usr_"), name, email, passwordHash } });
      await mailVerification(tx, user, now, next);
    }
  }).catch((e) => {
    // Two sign-ups for one new address at once: the other one created it; the answer is the same.
    if (!isUniqueViolation(e)) throw e;
  });
}

type Addressee = { id: string; name: string; email: string };

async function mailVerification(tx: Tx, user: Addressee, now: Date, next?: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + VERIFICATION_HOURS * 3_600_000);
  await tx.emailVerification.create({ data: { tokenHash: hashToken(token), userId: user.id, expiresAt } });
  const link = `${baseUrl()}/studio/verify/${token}${next ? `?next=${encodeURIComponent(next)}` : ""}`;
  const mail = verificationMail({ name: user.name, link, hours: VERIFICATION_HOURS });
  await queueMail(tx, { dedupeKey: `verify:${hashToken(token)}`, to: user.email, ...mail });
}

/** "Send the link again", for a signed-in account whose address is not confirmed yet. */
export async function resendVerification(userId: string, now: Date): Promise<void> {
  await rateLimit(`verify-resend:${userId}`, 5, 3_600_000, now);
  await transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (user && !user.emailVerifiedAt) await mailVerification(tx, user, now);
  });
}

export type VerificationResult = "verified" | "already-verified" | "expired" | "invalid";

/** The link from the verification e-mail. Single use; an expired one asks for a new link. */
export async function verifyEmail(token: string, now: Date): Promise<VerificationResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "invalid";
  return transaction(async (tx) => {
    const row = await tx.emailVerification.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!row) return "invalid";
    const user = await tx.user.findUnique({ where: { id: row.userId } });
    if (!user) return "invalid";
    if (row.usedAt) return user.emailVerifiedAt ? "already-verified" : "invalid";
    if (row.expiresAt <= now) return user.emailVerifiedAt ? "already-verified" : "expired";
    const used = await tx.emailVerification.updateMany({
      where: { tokenHash: row.tokenHash, usedAt: null },
      data: { usedAt: now },
    });
    if (used.count === 0) return "already-verified";
    if (user.emailVerifiedAt) return "already-verified";
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    return "verified";
  });
}

export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return !!user?.emailVerifiedAt;
}

/** For domain commands that need a real address behind the account (owning a brand, joining a team). */
export async function requireVerifiedEmail(userId: string): Promise<void> {
  if (!(await isEmailVerified(userId)))
    throw notAllowed(
      "Confirm your e-mail address first: open the link we sent you, or send it again from Studio.",
    );
}

export type SignInResult =
  | { ok: true; user: SessionUser & { sessionVersion: number } }
  | { ok: false; reason: "mismatch" }
  | { ok: false; reason: "throttled"; retryAfter: number };

/**
 * Check a password. Throttled per account (its address, existing or not) and per client address
 * BEFORE argon2 runs; an unknown address is verified against a dummy hash, so both cost the same.
 */
export async function attemptSignIn(
  raw: { email: unknown; password: unknown },
  client: string,
  now: Date,
): Promise<SignInResult> {
  const parsed = credentials.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "mismatch" };
  const { email, password } = parsed.data;
  const keys: ThrottleKey[] = [
    { key: `account:${email}`, limit: PER_ACCOUNT_FAILURES },
    { key: `client:${client}`, limit: PER_CLIENT_FAILURES },
  ];
  const wait = await signInWait(keys, now);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfter: wait };
  const user = await db().user.findUnique({ where: { email } });
  const matches = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user || !matches) {
    await recordSignInFailure(keys, now);
    return { ok: false, reason: "mismatch" };
  }
  await clearSignInFailures(keys[0]!.key);
  const { id, name, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, sessionVersion } };
}

/** The words for a throttled sign-in: when to try again. */
export function throttledMessage(retryAfter: number): string {
  const minutes = Math.ceil(retryAfter / 60);
  const when = retryAfter < 60 ? `${retryAfter} seconds` : minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return `Too many attempts to sign in. For your safety, try again in ${when}.`;
}

export const signInThrottled = (retryAfter: number) =>
  new DomainError("TooManyRequests", throttledMessage(retryAfter), { retryAfter });

/** Is a session issued under this version still valid? Sign-out bumps the version. */
export async function sessionIsCurrent(userId: string, version: number): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion === version;
}

/** Sign-out: every session of this account stops working at its next request. */
export async function revokeSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * An account whose address is already known to be real, for the demo seed and tests only:
 * no verification mail, no strength check (the demo's password is in the README).
 */
export async function createVerifiedAccount(
  input: { name: string; email: string; password: string },
  now: Date,
): Promise<SessionUser> {
  const passwordHash = await hash(input.password);
  const address = email.parse(input.email);
  const data = { id: newId("usr_"), name: input.name, email: address, passwordHash, emailVerifiedAt: now };
  const user = await db().user.create({ data });
  return { id: user.id, email: user.email, name: user.name };
}
