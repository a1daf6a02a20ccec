// The Prisma client (JavaScript engine over node-postgres). Only platform/db, eventlog/ and
// */infrastructure/ may import this file (npm run lint:arch).
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "@/generated/prisma/client";
import { config } from "./config";
import { log } from "./log";

export type Tx = Prisma.TransactionClient;
export type Db = PrismaClient;
export { Prisma };

const globalForDb = globalThis as unknown as { marqueeDb?: PrismaClient };

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
    // A connection the server closes (a restart, a stop) is one warning, not a crash.
    const adapter = new PrismaPg(
      { connectionString: config().DATABASE_URL, max: 10 },
      { onPoolError: (e) => log.warn({ err: e }, "[db] a pooled connection was closed") },
    );
    globalForDb.marqueeDb = new PrismaClient({ adapter });
  }
  return globalForDb.marqueeDb;
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
  await globalForDb.marqueeDb?.$disconnect();
  globalForDb.marqueeDb = undefined;
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
