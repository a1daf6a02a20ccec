import type { Runner } from "graphile-worker";
import pg from "pg";
import { startWorker } from "@/server/platform/jobs";
import { crontab, taskList } from "@/server/workflows/tasks";

/**
 * Start the job worker. `soleWorker`: this process is the only worker (npm start), so jobs
 * still locked by a previous, killed process are unlocked at once instead of after
 * graphile-worker's 4-hour lock timeout. Separate workers (npm run worker) only reclaim
 * locks older than 10 minutes.
 */
export async function runWorker(connectionString: string, soleWorker: boolean): Promise<Runner> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(
      `SELECT graphile_worker.force_unlock_workers(array(
         SELECT DISTINCT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL AND ($1 OR locked_at < now() - interval '10 minutes')
         UNION SELECT DISTINCT locked_by FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL AND ($1 OR locked_at < now() - interval '10 minutes')))`,
      [soleWorker],
    );
    // Catch up on anything committed while no worker ran.
    await client.query(`SELECT graphile_worker.add_job('dispatch', '{}'::json, queue_name := 'dispatch', job_key := 'dispatch')`);
  } finally {
    await client.end();
  }
  return startWorker(taskList, { connectionString, crontab });
}
