// Counts what reaches PostgreSQL: every query node-postgres sends (the Prisma adapter's included)
// is one round trip, BEGIN and COMMIT counted like any other statement.
import pg from "pg";

type Sent = string;

/** Record the SQL text of every round trip while `work` runs (the whole process: run it alone). */
export async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; sent: Sent[] }> {
  const sent: Sent[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    sent.push(typeof q === "string" ? q : String((q as { text?: string })?.text ?? "?"));
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, sent };
  } finally {
    proto.query = original;
  }
}
