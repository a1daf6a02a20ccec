// The Prisma client (JavaScript engine over node-postgres). Only platform/db, eventlog/ and
// */infrastructure/ may import this file (npm run lint:arch).
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, Prisma } from "@/generated/prisma/client";
import { closePool } from "./close-pool";
import { config } from "./config";
import { log } from "./log";

export type Tx = Prisma.TransactionClient;
export type Db = PrismaClient;
export { Prisma };

const globalForDb = globalThis as unknown as { marqueeDb?: PrismaClient; marqueePool?: pg.Pool };

// Set while a transaction() callback runs. A query through db() from inside one waits for a
// second connection while holding the first: under load every connection can end up held by a
// transaction waiting for another, and nothing moves until maxWait. Tests fail loudly on it.
const insideTransaction = new AsyncLocalStorage<true>();
const guardTransactions = process.env.VITEST === "true";

export function db(): PrismaClient {
  if (guardTransactions && insideTransaction.getStore())
    throw new Error(
      "db() called inside a transaction: pass the unit of work (txOf(uow)) instead, or the pool can deadlock under load",
    );
  if (!globalForDb.marqueeDb) {
    // The pool is ours, so that disconnectDb can wait until its connections are really closed.
    const pool = new pg.Pool({ connectionString: config().DATABASE_URL, max: 10 });
    // A connection the server closes (a restart, a stop) is one warning, not a crash.
    pool.on("error", (e) => log.warn({ err: e }, "[db] a pooled connection was closed"));
    globalForDb.marqueePool = pool;
    globalForDb.marqueeDb = new PrismaClient({ adapter: new PrismaPg(pool) });
  }
  return globalForDb.marqueeDb;
}

/**
 * A statement run outside any transaction, straight on the pool. Prisma's client adds 0.1–0.3 ms
 * of CPU to every raw query (its compiler and its result mapping): on a purchase's round trips
 * that was a tenth of its CPU (issue 13). Values go as Prisma sends them (a Date as UTC without a
 * zone); rows come back as node-postgres reads them (bigint and numeric as strings, timestamps
 * in the process's zone): use it for flags, counts, ids and text.
 */
export async function queryAtOnce<T>(statement: Prisma.Sql): Promise<T[]> {
  if (guardTransactions && insideTransaction.getStore())
    throw new Error("queryAtOnce() called inside a transaction: it would run outside it");
  db(); // the pool comes with the client
  const { rows } = await globalForDb.marqueePool!.query(statement.text, statement.values.map(asSent));
  return rows as T[];
}

/** A Date as Prisma's PostgreSQL adapter sends it: UTC, no zone ("2026-12-01 18:00:00.250"). */
function asSent(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  return value.toISOString().replace("T", " ").replace("Z", "");
}

/** Run `work` in one transaction: a command's state change and its events commit together. */
export async function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const hooks: (() => Promise<void>)[] = [];
  const result = await db().$transaction(
    (tx) => {
      (tx as unknown as { [AFTER_COMMIT]: typeof hooks })[AFTER_COMMIT] = hooks;
      return insideTransaction.run(true, () => work(tx));
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
  for (const hook of new Set(hooks)) await hook().catch((e) => console.error("[after-commit]", e));
  return result;
}

const AFTER_COMMIT = Symbol("afterCommit");

/**
 * Run `hook` once the caller's transaction has committed (not at all if it rolls back). Used to
 * wake background workers without holding a shared row lock inside every business transaction.
 * Outside `transaction()` (a bare client), the hook runs at once.
 */
export function afterCommit(uow: Tx | UnitOfWork, hook: () => Promise<void>): void {
  const hooks = (uow as unknown as { [AFTER_COMMIT]?: (() => Promise<void>)[] })[AFTER_COMMIT];
  if (hooks) hooks.push(hook);
  else void hook().catch((e) => console.error("[after-commit]", e));
}

export function isUniqueViolation(error: unknown, target?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!target) return true;
  return JSON.stringify(error.meta ?? {}).includes(target);
}

export async function disconnectDb() {
  const { marqueeDb, marqueePool } = globalForDb;
  globalForDb.marqueeDb = globalForDb.marqueePool = undefined;
  await marqueeDb?.$disconnect();
  if (marqueePool) await closePool(marqueePool);
}

declare const unitOfWorkBrand: unique symbol;
/**
 * What a workflow hands to several contexts' commands so they commit as one: an open
 * transaction, opaque outside persistence code (no Prisma type crosses a context's index.ts).
 */
export type UnitOfWork = { readonly [unitOfWorkBrand]: true };

/** Persistence code (infrastructure/, eventlog/, platform/) opens the unit of work it is handed. */
export function txOf(uow: UnitOfWork | Tx): Tx {
  return uow as unknown as Tx;
}

/** Run `work` in one unit of work (a transaction) for commands and workflows. */
export function unitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  return transaction((tx) => work(tx as unknown as UnitOfWork));
}

declare const partBrand: unique symbol;
/**
 * A piece of a purchase's one statement (docs/adr/0023), opaque outside persistence code: a
 * context's rows, written only if the statement's guard took its pools. Built by an
 * infrastructure/ (or eventlog/, platform/) function, composed by `writeTogether`.
 */
export type StatementPart = { readonly [partBrand]: true };
type Part =
  /** INSERT … SELECT … WHERE (SELECT ok FROM ok): a data-modifying CTE, run whether read or not. */
  | { kind: "write"; sql: Prisma.Sql }
  /** SELECT f(…) WHERE (SELECT ok FROM ok): run only if read, so the statement reads it. */
  | { kind: "call"; sql: Prisma.Sql };

declare const guardBrand: unique symbol;
/** What a statement's writes depend on: CTEs ending in `ok(ok boolean)`. Opaque as StatementPart. */
export type StatementGuard = { readonly [guardBrand]: true };
type Guard = {
  ctes: Prisma.Sql[];
  /** True when a refused guard may have changed rows already (several pools): run in a transaction. */
  partial: boolean;
};

/** The condition every part's rows are written under: the guard took what it needed. */
export const guarded = Prisma.sql`(SELECT ok FROM ok)`;

export const writePart = (sql: Prisma.Sql): StatementPart => ({ kind: "write", sql }) as Part as never;
export const callPart = (sql: Prisma.Sql): StatementPart => ({ kind: "call", sql }) as Part as never;
export const statementGuard = (ctes: Prisma.Sql[], partial: boolean): StatementGuard =>
  ({ ctes, partial }) as Guard as never;

class GuardRefused extends Error {}

/**
 * Writes `parts` in ONE statement, only if `guard` holds: one round trip, committed on its own
 * (PostgreSQL runs a statement atomically), or BEGIN, the statement, COMMIT/ROLLBACK when a
 * refused guard may have half-run (three round trips). False when the guard refused: then
 * nothing was written. Every part's CTE is named w<i>; the guard's are its own.
 */
export async function writeTogether(guard: StatementGuard, parts: StatementPart[]): Promise<boolean> {
  const g = guard as unknown as Guard;
  const ps = parts as unknown as Part[];
  const ctes = [...g.ctes, ...ps.map((p, i) => Prisma.sql`${Prisma.raw(`w${i}`)} AS (${p.sql})`)];
  const calls = ps.flatMap((p, i) => (p.kind === "call" ? [Prisma.raw(`(SELECT count(*) FROM w${i})`)] : []));
  const statement = Prisma.sql`WITH ${Prisma.join(ctes, ",\n")}
    SELECT (SELECT ok FROM ok) AS ok${calls.length ? Prisma.sql`, ${Prisma.join(calls, " + ")} AS calls` : Prisma.empty}`;
  if (!g.partial) {
    const [row] = await queryAtOnce<{ ok: boolean }>(statement);
    return row?.ok === true;
  }
  try {
    return await db().$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ ok: boolean }[]>(statement);
      if (row?.ok !== true) throw new GuardRefused();
      return true;
    });
  } catch (e) {
    if (e instanceof GuardRefused) return false;
    throw e;
  }
}
