import { heldEvents, type HeldEvent } from "@/server/workflows";
import { Badge, Card, EmptyState, PageTitle } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { formatDateTime } from "@/components/format";
import { logEntrySentence } from "@/components/labels";
import { studioBrand } from "../../_lib/guard";
import { studioT } from "../../_lib/locale";
import { retryParkedEventAction } from "./actions";

export const metadata = { title: "System" };

const INTRO =
  "Work that runs after a sale (e-mails, tickets, sales figures). When a step keeps failing it is " +
  "tried again a few times, then set aside here, and everything else goes on.";
const attempts = (n: number) => `${n} attempt${n === 1 ? "" : "s"}`;

async function Failure({ h }: { h: HeldEvent }) {
  const common = await studioT("common");
  return (
    <>
      <p className="font-medium">{h.what}</p>
      <p className="text-sm text-zinc-600">
        For the log entry “{logEntrySentence(common, h.eventType)}” of {h.streamId} · {attempts(h.attempts)}
        {h.failedAt ? <> · last tried {formatDateTime(h.failedAt)}</> : null}
      </p>
      <p className="mt-1 text-sm text-red-700">What went wrong: {h.lastError || "no reason was given"}</p>
    </>
  );
}

/** What the background work failed on for this brand, and a way to try a parked event again. */
export default async function SystemView({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "orders:write");
  const { parked, retrying } = await heldEvents({ brandId: brand.id });
  return (
    <div className="flex flex-col gap-6">
      <PageTitle sub={INTRO}>System</PageTitle>
      <section aria-labelledby="parked">
        <h2 id="parked" className="mb-3 font-semibold">
          Set aside after repeated failures
        </h2>
        {parked.length === 0 ? (
          <EmptyState title="Nothing set aside">Every step has worked.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="parked-events">
            {parked.map((h) => (
              <li key={h.id}>
                <Card>
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div>
                      <Failure h={h} />
                      {h.parkedAt ? (
                        <p className="text-sm text-zinc-500">Set aside {formatDateTime(h.parkedAt)}</p>
                      ) : null}
                    </div>
                    <ActionForm
                      action={retryParkedEventAction.bind(null, brand.slug, h.id)}
                      submit="Retry"
                      pendingLabel="Retrying…"
                      className="flex items-start gap-2"
                    >
                      {null}
                    </ActionForm>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      {retrying.length > 0 ? (
        <section aria-labelledby="retrying">
          <h2 id="retrying" className="mb-3 font-semibold">
            Failed, will be tried again
          </h2>
          <ul className="flex flex-col gap-3">
            {retrying.map((h) => (
              <li key={h.id}>
                <Card>
                  <Failure h={h} />
                  {h.nextAttemptAt ? (
                    <p className="text-sm text-zinc-500">
                      <Badge tone="amber">retrying</Badge> next try {formatDateTime(h.nextAttemptAt)}
                    </p>
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
