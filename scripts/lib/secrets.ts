// Secrets come from the environment. In development, when absent, they are generated once and
// kept in .data/secrets.json so restarts keep sessions and ticket codes valid. A production
// deployment (MARQUEE_ENV=production) never generates them: config validation names what is missing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

const NAMES = ["AUTH_SECRET", "TICKET_SIGNING_KEY"] as const;

export function loadDevelopmentSecrets(log: (m: string) => void = console.log) {
  if (process.env.MARQUEE_ENV === "production") return;
  const file = path.join(process.cwd(), ".data", "secrets.json");
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const name of NAMES) {
    if (process.env[name]) continue;
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64url");
      changed = true;
      log(`[secrets] generated ${name} for development in .data/secrets.json`);
    }
    process.env[name] = stored[name];
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
}
