import type { Runner } from "graphile-worker";
import pg from "pg";
import { reclaimOrphanedJobs, startWorker } from "@/server/platform/jobs";
import { crontab, taskList } from "@/server/workflows/tasks";

/**
 * Start the job worker. Jobs still locked by workers of a process that died are unlocked first
 * (and every minute, by the reclaim-jobs task). `soleWorker`: this process is the only worker
 * (npm start), so every lock left over is from a dead process.
 */
export async function runWorker(connectionString: string, soleWorker: boolean): Promise<Runner> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const unlocked = await reclaimOrphanedJobs(client, { everyone: soleWorker });
    if (unlocked) console.log(`[worker] unlocked the jobs of ${unlocked} worker(s) of a process that died`);
    // Catch up on anything committed while no worker ran.
    await client.query(
      `SELECT graphile_worker.add_job('dispatch', '{}'::json, queue_name := 'dispatch', job_key := 'dispatch')`,
    );
  } finally {
    await client.end();
  }
  return startWorker(taskList, { connectionString, crontab });
}
