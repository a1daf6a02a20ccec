// Findings 7 and 14 of issue 11: sign-in had no brute-force limit and took any password; sign-out
// left the session valid for 30 days; sign-up and sign-in answered differently (and in different
// time) for addresses with and without an account.
import { describe, it, expect, vi, beforeEach } from "vitest";
import { randomBytes } from "node:crypto";
import type { SessionUser } from "./accounts";

const argon2 = vi.hoisted(() => ({ hashes: 0, verifications: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    hash: (...a: Parameters<typeof real.hash>) => (argon2.hashes++, real.hash(...a)),
    verify: (...a: Parameters<typeof real.verify>) => (argon2.verifications++, real.verify(...a)),
  };
});
const session = vi.hoisted(() => ({ user: null as SessionUser | null, signedOut: 0 }));
vi.mock("@/server/platform/auth", async () => ({
  ...(await import("./accounts")),
  currentUser: async () => session.user,
  signIn: async () => {
    throw new Error("not part of this suite");
  },
  signOut: async () => {
    session.signedOut++;
  },
  SignInThrottled: class SignInThrottled extends Error {},
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

const { db } = await import("./db");
const accounts = await import("./accounts");
const { sessionJwt } = await import("./session-token");
const actions = await import("@/app/(studio)/studio/account-actions");

const STRONG = "quiet-harbour-lantern-42";
const t0 = new Date("2030-03-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const address = (name: string) => `${name}-${randomBytes(4).toString("hex")}@example.com`;
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
const mailsTo = (to: string) => db().mailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const tokenIn = (text: string) => /\/studio\/verify\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

beforeEach(() => {
  argon2.hashes = 0;
  argon2.verifications = 0;
});

describe("sign-up", () => {
  it("answers the same, and hashes once, whether or not the address has an account; its owner gets a note", async () => {
    const taken = address("taken");
    const fresh = address("fresh");
    const owner = await accounts.createVerifiedAccount(
      { name: "Olga", email: taken, password: "olgas-own-password" },
      t0,
    );
    const before = await db().user.findUniqueOrThrow({ where: { id: owner.id } });
    argon2.hashes = 0;

    const forTaken = await actions.signUpAction(
      undefined,
      form({ name: "Mallory", email: taken, password: STRONG }),
    );
    expect(argon2.hashes).toBe(1);
    const forFresh = await actions.signUpAction(
      undefined,
      form({ name: "Fred", email: fresh, password: STRONG }),
    );
    expect(argon2.hashes).toBe(2);

    const shape = (s: unknown, email: string) => JSON.stringify(s).replace(email, "<address>");
    expect(shape(forTaken, taken)).toBe(shape(forFresh, fresh));
    expect(forFresh).toEqual({
      ok: `Check your e-mail: we sent a message to ${fresh}. Open the link in it to confirm your address, then sign in.`,
    });
    // The existing account is untouched; its owner hears that someone tried.
    expect(await db().user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(before);
    expect((await mailsTo(taken)).map((m) => m.subject)).toEqual([
      "Someone tried to create a Marquee account with your address",
    ]);
    expect((await mailsTo(fresh)).map((m) => m.subject)).toEqual([
      "Confirm your e-mail address for Marquee Studio",
    ]);
  });

  it("refuses a password that is easy to guess, at its field, and creates nothing", async () => {
    const email = address("weak");
    for (const password of ["password", "password123", `${email.split("@")[0]}!`]) {
      const answer = await actions.signUpAction(undefined, form({ name: "Walter", email, password }));
      expect(answer?.fields?.password).toMatch(/^This password is too easy to guess\. /);
      expect(answer?.error).toMatch(/^This password is too easy to guess\. /);
    }
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("verifies the address by the mailed link, once; an old link asks for a new one", async () => {
    const email = address("vic");
    await accounts.signUp({ name: "Vic", email, password: STRONG }, t0);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await accounts.isEmailVerified(user.id)).toBe(false);
    const [mail] = await mailsTo(email);
    expect(mail!.brandId).toBeNull(); // never in a brand's outbox
    const token = tokenIn(mail!.text);
    expect(await accounts.verifyEmail("x".repeat(43), at(1))).toBe("invalid");
    expect(await accounts.verifyEmail(token, at(60))).toBe("verified");
    expect(await accounts.isEmailVerified(user.id)).toBe(true);
    expect(await accounts.verifyEmail(token, at(61))).toBe("already-verified");

    const late = address("late");
    await accounts.signUp({ name: "Lea", email: late, password: STRONG }, t0);
    await accounts.resendVerification(
      (await db().user.findUniqueOrThrow({ where: { email: late } })).id,
      at(10),
    );
    const [first, second] = await mailsTo(late);
    expect(await accounts.verifyEmail(tokenIn(first!.text), at(49 * 3600))).toBe("expired");
    expect(await accounts.verifyEmail(tokenIn(second!.text), at(3600))).toBe("verified");
  });
});

describe("sign-in", () => {
  it("answers the same for an unknown address and a wrong password, each costing one argon2 verification", async () => {
    const email = address("known");
    await accounts.createVerifiedAccount({ name: "Kim", email, password: STRONG }, t0);
    argon2.verifications = 0;
    const unknown = await accounts.attemptSignIn(
      { email: address("nobody"), password: STRONG },
      "10.0.0.1",
      t0,
    );
    expect(argon2.verifications).toBe(1);
    const wrong = await accounts.attemptSignIn({ email, password: "not-kims-password" }, "10.0.0.1", t0);
    expect(argon2.verifications).toBe(2);
    expect(unknown).toEqual({ ok: false, reason: "mismatch" });
    expect(wrong).toEqual(unknown);
  });

  it("after 5 wrong passwords refuses the account for 1 minute, then 2, without running argon2 meanwhile", async () => {
    const email = address("target");
    await accounts.createVerifiedAccount({ name: "Tara", email, password: STRONG }, t0);
    argon2.verifications = 0;
    for (let i = 0; i < 5; i++)
      expect(await accounts.attemptSignIn({ email, password: `guess-${i}` }, `10.1.0.${i}`, at(i))).toEqual({
        ok: false,
        reason: "mismatch",
      });
    expect(argon2.verifications).toBe(5);

    // Locked: even the right password is not checked (argon2 does not run), from any client.
    expect(await accounts.attemptSignIn({ email, password: STRONG }, "10.9.9.9", at(10))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfter: 54,
    });
    expect(await accounts.attemptSignIn({ email, password: "guess-6" }, "10.1.0.1", at(30))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfter: 34,
    });
    expect(argon2.verifications).toBe(5);
    expect(accounts.throttledMessage(54)).toBe(
      "Too many attempts to sign in. For your safety, try again in 54 seconds.",
    );

    // Five more wrong after the minute: locked for two.
    for (let i = 0; i < 5; i++)
      await accounts.attemptSignIn({ email, password: `again-${i}` }, "10.1.1.1", at(70 + i));
    expect(await accounts.attemptSignIn({ email, password: STRONG }, "10.9.9.9", at(74))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfter: 120,
    });
    expect(accounts.throttledMessage(120)).toBe(
      "Too many attempts to sign in. For your safety, try again in 2 minutes.",
    );
    // Then the right password works, and clears the account's failures.
    expect(await accounts.attemptSignIn({ email, password: STRONG }, "10.9.9.9", at(200))).toMatchObject({
      ok: true,
    });
    expect(argon2.verifications).toBe(11);
  });

  it("refuses a client address that fails 20 times, whichever addresses it tries", async () => {
    for (let i = 0; i < 20; i++)
      await accounts.attemptSignIn(
        { email: address(`spray${i}`), password: "Summer2030!" },
        "203.0.113.7",
        at(i),
      );
    argon2.verifications = 0;
    expect(
      await accounts.attemptSignIn(
        { email: address("next"), password: "Summer2030!" },
        "203.0.113.7",
        at(30),
      ),
    ).toMatchObject({ ok: false, reason: "throttled" });
    expect(argon2.verifications).toBe(0);
    expect(
      await accounts.attemptSignIn(
        { email: address("next"), password: "Summer2030!" },
        "203.0.113.8",
        at(30),
      ),
    ).toEqual({ ok: false, reason: "mismatch" });
  });
});

describe("sign-out", () => {
  it("revokes the session: the same cookie is refused afterwards", async () => {
    const email = address("sam");
    await accounts.createVerifiedAccount({ name: "Sam", email, password: STRONG }, t0);
    const signedIn = await accounts.attemptSignIn({ email, password: STRONG }, "10.2.0.1", t0);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const token = (await sessionJwt({ token: { email }, user: signedIn.user }))!;
    expect(await sessionJwt({ token })).toEqual(token); // a later request with the cookie

    session.user = signedIn.user;
    await actions.signOutAction(form({}));
    expect(session.signedOut).toBe(1);
    expect(await sessionJwt({ token })).toBeNull(); // a copy of the old cookie no longer works

    const again = await accounts.attemptSignIn({ email, password: STRONG }, "10.2.0.1", at(5));
    if (!again.ok) throw new Error("sign-in failed");
    const fresh = (await sessionJwt({ token: { email }, user: again.user }))!;
    expect(await sessionJwt({ token: fresh })).toEqual(fresh);
  });
});
