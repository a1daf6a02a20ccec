// Background work on graphile-worker, a maintained PostgreSQL job queue (docs/adr/0005).
// Jobs are added with SQL inside the caller's transaction, so a job exists iff the state
// change that asked for it committed.
import { EventEmitter } from "node:events";
import pg from "pg";
import { Logger, run, runMigrations, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import { closePool } from "./close-pool";
import {
  callPart,
  guarded,
  Prisma,
  queryAtOnce,
  txOf,
  type StatementPart,
  type Tx,
  type UnitOfWork,
} from "./db";
import { config } from "./config";
import { log } from "./log";

/**
 * graphile-worker's messages through our logger: a completed job is a debug line (one per job
 * would drown the log of a busy night); warnings and failures stay visible.
 */
const quietLogger = new Logger((scope) => (level, message, meta) => {
  const fields = { worker: scope.workerId, task: scope.taskIdentifier, jobId: scope.jobId, ...meta };
  if (level === "error") log.error(fields, message);
  else if (level === "warning") log.warn(fields, message);
  else log.debug(fields, message);
});

/**
 * Jobs one worker process runs at once. Dispatch runs alone in its queue (it fans a batch out
 * itself, workflows/subscriptions.ts); the rest are mostly send-mail jobs after a rush, each a
 * read, a MIME rendering and a write: a few at once keep the CPU busy while others wait on
 * PostgreSQL. More only queue for the same two cores and for the process's 10 pooled database
 * connections, which the dispatcher's batch uses too. graphile-worker's own pool keeps a
 * connection per job plus two for its polling and listening.
 */
export const WORKER_CONCURRENCY = 4;

export type JobOptions = {
  runAt?: Date;
  /** Run this long from now by the database's clock (instead of runAt). */
  runInMs?: number;
  jobKey?: string;
  /**
   * With a job key, what adding again does to the job still waiting: "replace" (graphile's
   * default) moves its run_at to the new one; "preserve_run_at" keeps the earlier one, so adds
   * made meanwhile all join the job already waiting.
   */
  jobKeyMode?: "replace" | "preserve_run_at";
  queueName?: string;
  maxAttempts?: number;
};

export async function addJob(
  uow: Tx | UnitOfWork,
  task: string,
  payload: Record<string, unknown>,
  opts: JobOptions = {},
) {
  await txOf(uow).$executeRaw(addJobStatement(task, payload, opts));
}

/** addJob outside any transaction, straight on the pool (queryAtOnce): a wake-up after a commit. */
export async function addJobAtOnce(task: string, payload: Record<string, unknown>, opts: JobOptions = {}) {
  await queryAtOnce(addJobStatement(task, payload, opts));
}

function addJobStatement(task: string, payload: Record<string, unknown>, opts: JobOptions) {
  return Prisma.sql`SELECT graphile_worker.add_job(identifier := ${task}::text,
    payload := ${JSON.stringify(payload)}::json, queue_name := ${opts.queueName ?? null}::text,
    run_at := coalesce(${opts.runAt?.toISOString() ?? null}::timestamptz,
      now() + make_interval(secs => ${(opts.runInMs ?? 0) / 1000}::float8)),
    max_attempts := ${opts.maxAttempts ?? 25}::int, job_key := ${opts.jobKey ?? null}::text,
    job_key_mode := ${opts.jobKeyMode ?? "replace"}::text)`;
}

/**
 * add_job for every `id` of the set `rows` (a CTE's name in the caller's statement), keyed
 * `keyPrefix` + id, with `{ id }` as payload: a batch's jobs in the statement that made its rows.
 */
export function jobPerRow(task: string, rows: "inserted", keyPrefix: string) {
  return Prisma.sql`SELECT graphile_worker.add_job(identifier := ${task}::text,
    payload := json_build_object('id', id), max_attempts := 25, job_key := ${keyPrefix}::text || id)
    FROM ${Prisma.raw(rows)}`;
}

/** addJob as part of one statement (writeTogether): the job is added only if the statement's guard held. */
export function addJobPart(
  task: string,
  payload: Record<string, unknown>,
  opts: JobOptions = {},
): StatementPart {
  return callPart(Prisma.sql`${addJobStatement(task, payload, opts)} WHERE ${guarded}`);
}

export async function migrateJobQueue(connectionString = config().DATABASE_URL) {
  await runMigrations({ connectionString });
}

/**
 * Start graphile-worker. Each of its workers is registered in `job_worker` with this process's
 * liveness session — a connection held open for the worker's lifetime. If the process dies
 * (kill -9 included), PostgreSQL ends that session, and any worker can tell the jobs it had
 * locked are orphaned (reclaimOrphanedJobs) instead of waiting for graphile-worker's 4-hour
 * lock timeout. docs/adr/0010.
 */
export async function startWorker(
  taskList: TaskList,
  opts: { concurrency?: number; connectionString?: string; crontab?: string } = {},
): Promise<Runner> {
  const connectionString = opts.connectionString ?? config().DATABASE_URL;
  const liveness = new pg.Client({ connectionString });
  await liveness.connect();
  liveness.on("error", (e) => log.warn({ err: e }, "[jobs] liveness connection lost"));
  // The worker's own pool, so a connection the server closes (a restart, a stop) is one warning
  // line instead of an unhandled 'error' event that ends the process.
  const pgPool = new pg.Pool({ connectionString, max: (opts.concurrency ?? WORKER_CONCURRENCY) + 2 });
  pgPool.on("error", (e) => log.warn({ err: e }, "[jobs] a pooled connection was closed"));
  const events = new EventEmitter() as WorkerEvents;
  const registered = new Set<string>();
  // One query at a time on the liveness client: node-postgres deprecates queued queries.
  let registering = Promise.resolve();
  events.on("worker:create", ({ worker }) => {
    registered.add(worker.workerId);
    registering = registering.then(() =>
      liveness
        .query(
          `INSERT INTO job_worker (worker_id, backend_pid, backend_start) SELECT $1, pid, backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()`,
          [worker.workerId],
        )
        .then(() => undefined)
        .catch((e) => log.error({ err: e }, "[jobs] could not register worker")),
    );
  });
  const runner = await run({
    pgPool,
    logger: quietLogger,
    concurrency: opts.concurrency ?? WORKER_CONCURRENCY,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList,
    crontab: opts.crontab ?? "",
    events,
  });
  const released = runner.promise
    .catch(() => {})
    .finally(async () => {
      await registering;
      await closePool(pgPool).catch(() => {});
      await liveness
        .query(`DELETE FROM job_worker WHERE worker_id = ANY($1)`, [[...registered]])
        .catch(() => {});
      await liveness.end().catch(() => {});
    });
  // Stopped means its connections are closed too: whoever stops the database next (npm start's
  // embedded one) ends no session still open, so nothing prints "terminating connection".
  const stopJobs = runner.stop.bind(runner);
  runner.stop = async () => {
    await stopJobs();
    await released;
  };
  return runner;
}

/**
 * Unlock the jobs of workers whose process is gone: registered workers whose liveness session
 * no longer exists, and — for locks taken by a worker that never registered — any lock older
 * than `unregisteredAfter`. `everyone`: this is the only worker process (npm start), so every
 * lock is from a dead process. Returns how many workers were unlocked.
 */
export async function reclaimOrphanedJobs(
  client: pg.ClientBase | pg.Pool,
  opts: { everyone?: boolean; unregisteredAfter?: string } = {},
): Promise<number> {
  const { rows } = await client.query<{ worker_id: string }>(
    `WITH locked AS (
       SELECT locked_by, locked_at FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
       UNION ALL SELECT locked_by, locked_at FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL)
     SELECT DISTINCT l.locked_by AS worker_id FROM locked l LEFT JOIN job_worker w ON w.worker_id = l.locked_by
     WHERE $1
        OR (w.worker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = w.backend_pid AND a.backend_start = w.backend_start))
        OR (w.worker_id IS NULL AND l.locked_at < now() - $2::interval)`,
    [opts.everyone ?? false, opts.unregisteredAfter ?? "10 minutes"],
  );
  const dead = rows.map((r) => r.worker_id);
  if (dead.length) await client.query(`SELECT graphile_worker.force_unlock_workers($1::text[])`, [dead]);
  await client.query(
    `DELETE FROM job_worker w WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = w.backend_pid AND a.backend_start = w.backend_start)`,
  );
  return dead.length;
}
