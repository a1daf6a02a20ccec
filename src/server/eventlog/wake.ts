// Waking the dispatcher after a commit (docs/adr/0004, docs/adr/0037).
import { addJobAtOnce } from "@/server/platform/jobs";

/**
 * Commits within this long of each other share one dispatch. Each dispatch runs every
 * subscriber's pass (14 of them, a transaction each) however few events are new: one per
 * purchase made the worker cost about as much CPU as the purchases in a rush (issue 13).
 */
export const DISPATCH_GATHER_MS = 250;

/**
 * Makes sure a dispatch is waiting, due within DISPATCH_GATHER_MS: one already waiting keeps its
 * earlier time (it has not started, so it will see this commit); one already running does not
 * count, and a new one is queued behind it.
 */
export const wakeDispatcher = () =>
  addJobAtOnce(
    "dispatch",
    {},
    {
      jobKey: "dispatch",
      queueName: "dispatch",
      runInMs: DISPATCH_GATHER_MS,
      jobKeyMode: "preserve_run_at",
    },
  );

let waking: Promise<void> | null = null;
let again = false;

/**
 * wakeDispatcher, coalesced in this process: while one wake-up is on its way, the commits
 * meanwhile share ONE more, sent after it (so every commit is followed by a wake-up that started
 * after it). A rush's purchases, or a batch of orders fulfilled at once, then send a few
 * wake-ups, not one per commit, and do not queue on the dispatch job's one row.
 */
export function wakeDispatcherSoon(): void {
  if (waking) {
    again = true;
    return;
  }
  waking = wakeDispatcher()
    .catch((e) => console.error("[after-commit]", e))
    .finally(() => {
      waking = null;
      if (again) {
        again = false;
        wakeDispatcherSoon();
      }
    });
}
