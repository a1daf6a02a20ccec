// `npm run events:parked`: the events a subscriber gave up on after its last attempt, across all
// brands, and their replay (`-- --replay <id>`, `-- --replay-all`). See docs/adr/0015.
import { loadDevelopmentSecrets } from "./lib/secrets";
import { openDatabase } from "./lib/database";
import { PARKED_USAGE, parseParkedArgs } from "./lib/parked-args";

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const command = parseParkedArgs(process.argv.slice(2));
  if (command.kind === "help" || command.kind === "error") {
    if (command.kind === "error") process.stderr.write(`${command.message}\n\n`);
    process.stdout.write(PARKED_USAGE);
    return command.kind === "error" ? 2 : 0;
  }
  loadDevelopmentSecrets(() => {});
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const { heldEvents, retryParkedEvent } = await import("@/server/workflows");
  const { disconnectDb } = await import("@/server/platform/db");
  let failed = 0;
  try {
    const { parked, retrying } = await heldEvents({ allBrands: true });
    if (command.kind === "list") {
      if (parked.length === 0) out("No parked events.");
      for (const h of parked) {
        const when = h.parkedAt?.toISOString() ?? "";
        out(`${h.id}  ${when}  brand ${h.brandId ?? "-"}  ${h.subscriber}  ${h.eventType} of ${h.streamId}`);
        out(`      ${h.what} — failed ${h.attempts} times: ${h.lastError}`);
      }
      const first = retrying[0]?.nextAttemptAt?.toISOString();
      if (first) out(`\n${retrying.length} more failed and will be tried again (the first at ${first}).`);
      return 0;
    }
    const ids = command.kind === "replay" ? [command.id] : parked.map((h) => h.id);
    for (const id of ids) {
      try {
        const r = await retryParkedEvent({ allBrands: true }, id);
        if (r.delivered) out(`${id}: delivered`);
        else {
          failed++;
          out(`${id}: failed again, still parked — ${r.error}`);
        }
      } catch (e) {
        failed++;
        out(`${id}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (ids.length === 0) out("No parked events.");
  } finally {
    await disconnectDb();
    await database.stop();
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
