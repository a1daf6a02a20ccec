// A Studio session over HTTP, as a browser gets one: next-auth's CSRF cookie, then the
// credentials form. For scripts that call the running app as an organizer (the fuzzer, the bench).

/** Sign in and return the Cookie header that carries the session. */
export async function studioSession(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const body = new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/studio` });
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  const session = r.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`signing in as ${email} failed (${r.status} ${r.headers.get("location")})`);
  return `${cookie}; ${session.split(";")[0]}`;
}
