// Issue 12 item 16: the audit log lists what was just done, before the dispatcher projected it.
import { describe, expect, it } from "vitest";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream, auditTrail, listAudit, type DomainEvent } from "@/server/eventlog";
import { dispatchUntil } from "@/test/fixtures";

const meta = (brandId: string) => ({
  actor: "ann@example.com",
  brandId,
  correlationId: "c",
  causationId: null,
});

async function record(brandId: string, streamId: string, type: string, payload: Record<string, unknown>) {
  await transaction((tx) =>
    appendToStream<DomainEvent>(tx, streamId, "any", [{ type, payload }], meta(brandId)),
  );
}

describe("the audit log", () => {
  it("lists an entry the moment it is committed, and once after the projection caught up", async () => {
    await record("brand-a", "event-e1", "EventCreated", { eventId: "e1", name: "Probe night" });
    await dispatchUntil([auditTrail], async () => true);
    await record("brand-a", "event-e1", "ProductAdded", { eventId: "e1", name: "Day ticket" });
    await record("brand-a", "event-e2", "ProductAdded", { eventId: "e2", name: "Other event's" });
    await record("brand-b", "event-e9", "ProductAdded", { eventId: "e1", name: "Other brand's" });

    // Not projected yet: read from the log, newest first, this brand's and this event's only.
    const now = await listAudit("brand-a", "e1");
    expect(now.map((r) => [r.type, r.summary, r.actor])).toEqual([
      ["ProductAdded", "name: Day ticket", "ann@example.com"],
      ["EventCreated", "name: Probe night", "ann@example.com"],
    ]);
    expect((await listAudit("brand-a", null)).map((r) => r.summary)).toEqual([
      "name: Other event's",
      "name: Day ticket",
      "name: Probe night",
    ]);

    await dispatchUntil([auditTrail], async () => true);
    expect(await listAudit("brand-a", "e1")).toEqual(now);
  });
});
