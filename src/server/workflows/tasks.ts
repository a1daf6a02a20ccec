// The worker's task list: every kind of background job Marquee runs.
import type { TaskList } from "graphile-worker";
import { z } from "zod";
import { dispatchOnce } from "@/server/eventlog";
import { sendQueuedMail } from "@/server/platform/mail";
import { reclaimOrphanedJobs } from "@/server/platform/jobs";
import { clock } from "@/server/platform/clock";
import * as inventory from "@/server/inventory";
import * as checkout from "@/server/checkout";
import { BUILD_EXPORT_TASK } from "@/server/insights";
import { lanes, type Lane } from "./subscriptions";
import { buildExport } from "./exports";

/**
 * What each job is queued with (addJob's payloads), read back through zod: a job row is input like any other.
 */
const refundJob = z.object({ refundId: z.string() });
const mailJob = z.object({ id: z.string() });
const holdJob = z.object({ holdId: z.string() });
const exportJob = z.object({ exportId: z.string() });
const dispatchJob = z.object({ lane: z.enum(Object.keys(lanes) as [Lane, ...Lane[]]).optional() });

/** One job per lane at a time (its queue), replaced rather than piled up (its key). */
const laneJob = (lane: Lane, runAt?: Date) => ({
  queueName: `dispatch:${lane}`,
  jobKey: `dispatch:${lane}`,
  runAt,
});

export const taskList: TaskList = {
  /**
   * A wake-up (after a commit, or the minute's cron) runs each lane's own job; a lane's job
   * delivers to its subscribers and runs again while it is behind or has a retry due.
   */
  dispatch: async (payload, helpers) => {
    const { lane } = dispatchJob.parse(payload ?? {});
    if (!lane) {
      for (const each of Object.keys(lanes) as Lane[])
        await helpers.addJob("dispatch", { lane: each }, laneJob(each));
      return;
    }
    const { behind, nextRetryAt } = await dispatchOnce(lanes[lane]);
    // Events exist that an older, still-open transaction keeps invisible: look again shortly.
    if (behind) await helpers.addJob("dispatch", { lane }, laneJob(lane, new Date(Date.now() + 250)));
    // A held event's next attempt (docs/adr/0015): its own key, so it never postpones a wake-up.
    const retry = { ...laneJob(lane, nextRetryAt ?? undefined), jobKey: `dispatch-retry:${lane}` };
    if (nextRetryAt) await helpers.addJob("dispatch", { lane }, retry);
  },
  /** Jobs locked by a worker whose process died are given to the living (platform/jobs.ts). */
  "reclaim-jobs": async (_payload, helpers) => {
    const unlocked = await helpers.withPgClient((client) => reclaimOrphanedJobs(client));
    if (unlocked) helpers.logger.info(`unlocked the jobs of ${unlocked} dead worker(s)`);
  },
  /**
   * A refund not yet settled at the provider (it was down, or the process died): try again, same idempotency
   * key.
   */
  "settle-refund": async (payload) => {
    await checkout.settleRefund(refundJob.parse(payload).refundId, clock.now(), {
      kind: "system",
      label: "refund:retry",
    });
  },
  "send-mail": async (payload) => {
    await sendQueuedMail(mailJob.parse(payload).id);
  },
  "expire-hold": async (payload) => {
    await inventory.expireHold(holdJob.parse(payload).holdId, clock.now());
  },
  /** An export the organizer asked for: its file, written as a stream into the file store (docs/adr/0029). */
  [BUILD_EXPORT_TASK]: async (payload) => {
    await buildExport(exportJob.parse(payload).exportId, () => clock.now());
  },
  /** Payments pending for over 15 minutes: ask the provider (a webhook may never have come). */
  "reconcile-payments": async () => {
    await checkout.reconcilePendingPayments(clock.now(), 15 * 60_000, {
      kind: "system",
      label: "payment:reconciliation",
    });
  },
};

/** Recurring jobs (graphile-worker crontab syntax). */
export const crontab = [
  "*/5 * * * * reconcile-payments ?max=1",
  "* * * * * dispatch ?max=1&queue=dispatch",
  "* * * * * reclaim-jobs ?max=1",
].join("\n");
