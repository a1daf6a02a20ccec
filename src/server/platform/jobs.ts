// Background work on graphile-worker, a maintained PostgreSQL job queue (docs/adr/0005).
// Jobs are added with SQL inside the caller's transaction, so a job exists iff the state
// change that asked for it committed.
import { run, runMigrations, type Runner, type TaskList } from "graphile-worker";
import { txOf, type Tx, type UnitOfWork } from "./db";
import { config } from "./config";

export type JobOptions = { runAt?: Date; jobKey?: string; queueName?: string; maxAttempts?: number };

export async function addJob(uow: Tx | UnitOfWork, task: string, payload: Record<string, unknown>, opts: JobOptions = {}) {
  await txOf(uow).$executeRawUnsafe(
    `SELECT graphile_worker.add_job(identifier := $1::text, payload := $2::json, queue_name := $3::text,
       run_at := $4::timestamptz, max_attempts := $5::int, job_key := $6::text)`,
    task,
    JSON.stringify(payload),
    opts.queueName ?? null,
    opts.runAt ?? null,
    opts.maxAttempts ?? 25,
    opts.jobKey ?? null,
  );
}

export async function migrateJobQueue(connectionString = config().DATABASE_URL) {
  await runMigrations({ connectionString });
}

export async function startWorker(taskList: TaskList, opts: { concurrency?: number; connectionString?: string; crontab?: string } = {}): Promise<Runner> {
  return run({
    connectionString: opts.connectionString ?? config().DATABASE_URL,
    concurrency: opts.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList,
    crontab: opts.crontab ?? "",
  });
}
