// Issue 15, audit explorer: the brand's log filtered by what an entry is about, its type, who did
// it and when; keyset pages, newest first; another brand's entries are never read.
import { beforeAll, describe, expect, it } from "vitest";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream, auditTrail, type DomainEvent } from "@/server/eventlog";
import { dispatchUntil } from "@/test/fixtures";
import { auditExplorer, auditSearch } from "./index";

const A = "brand-audit-a";
const B = "brand-audit-b";

async function record(
  brandId: string,
  actor: string,
  streamId: string,
  type: string,
  payload: Record<string, unknown>,
) {
  const meta = { actor, brandId, correlationId: "c", causationId: null };
  await transaction((tx) => appendToStream<DomainEvent>(tx, streamId, "any", [{ type, payload }], meta));
}

/** The types of one page of brand A's log for these search params, newest first. */
async function typesOf(params: Record<string, string>, brandId = A) {
  const page = await auditExplorer(brandId, auditSearch.parse(params));
  return page.entries.map((e) => e.type);
}

beforeAll(async () => {
  await record(A, "ann@example.com", "event-e1", "EventCreated", { eventId: "e1", name: "Probe night" });
  await record(A, "ann@example.com", "event-e1", "ProductAdded", {
    eventId: "e1",
    productId: "p1",
    name: "Day",
  });
  await record(A, "ann@example.com", "pool-l1", "PoolCreated", { eventId: "e1", poolId: "l1", capacity: 10 });
  await record(A, "ann@example.com", "prices-p1", "PhaseAdded", { productId: "p1", name: "Early bird" });
  await record(A, "fan:joe@example.com", "order-o1", "OrderPlaced", { orderId: "o1", eventId: "e1" });
  await record(A, "system", "order-o1", "OrderPaid", { orderId: "o1", eventId: "e1" });
  await record(A, "system", "tickets-o1", "TicketsIssued", { orderId: "o1", eventId: "e1" });
  await record(A, "fan:kim@example.com", "order-o2", "OrderPlaced", { orderId: "o2", eventId: "e1" });
  await record(B, "bob@example.com", "order-o9", "OrderPlaced", { orderId: "o9", eventId: "e9" });
  await record(B, "bob@example.com", "pool-l9", "PoolCreated", { eventId: "e9", poolId: "l9", capacity: 5 });
});

// Each case runs twice: read through from the log (before the projection has the entries), and
// from the projection — the two must agree.
describe.each([
  ["read through from the log", false],
  ["from the audit projection", true],
])("the audit explorer, %s", (_how, projected) => {
  beforeAll(async () => {
    if (projected) await dispatchUntil([auditTrail], async () => true);
  });

  it("lists the brand's entries newest first, and none of another brand's", async () => {
    expect(await typesOf({})).toEqual([
      "OrderPlaced",
      "TicketsIssued",
      "OrderPaid",
      "OrderPlaced",
      "PhaseAdded",
      "PoolCreated",
      "ProductAdded",
      "EventCreated",
    ]);
    expect(await typesOf({}, B)).toEqual(["PoolCreated", "OrderPlaced"]);
  });

  it("gives one order's, product's, pool's or event's history", async () => {
    expect(await typesOf({ stream: "order", id: "o1" })).toEqual([
      "TicketsIssued",
      "OrderPaid",
      "OrderPlaced",
    ]);
    expect(await typesOf({ stream: "product", id: "p1" })).toEqual(["PhaseAdded", "ProductAdded"]);
    expect(await typesOf({ stream: "pool", id: "l1" })).toEqual(["PoolCreated"]);
    expect((await typesOf({ stream: "event", id: "e1" })).length).toBe(7);
  });

  it("shows nothing for another brand's order or pool", async () => {
    expect(await typesOf({ stream: "order", id: "o9" })).toEqual([]);
    expect(await typesOf({ stream: "pool", id: "l9" })).toEqual([]);
  });

  it("filters by kind of thing, type, actor and period", async () => {
    expect(await typesOf({ stream: "pool" })).toEqual(["PoolCreated"]);
    expect(await typesOf({ stream: "order", type: "OrderPlaced" })).toEqual(["OrderPlaced", "OrderPlaced"]);
    expect(await typesOf({ actor: "JOE@" })).toEqual(["OrderPlaced"]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await typesOf({ from: today, to: today })).length).toBe(8);
    expect(await typesOf({ to: "2020-01-01" })).toEqual([]);
  });

  it("pages by position: the pages together are every entry once, in order", async () => {
    const all = (await auditExplorer(A, auditSearch.parse({}))).entries.map((e) => e.position);
    const seen: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await auditExplorer(A, auditSearch.parse(before ? { before } : {}), 3);
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((e) => e.position));
      if (!page.nextBefore) break;
      before = page.nextBefore;
    }
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(8);
  });
});

describe("the explorer's address", () => {
  it("drops what cannot be a filter instead of failing", () => {
    const bad = auditSearch.parse({
      stream: "ticket",
      id: "x'; drop table",
      type: "<script>",
      actor: "a".repeat(500),
      from: "2027-02-30",
      to: ["2027-03-01", "2027-03-02"],
      before: "-1",
    });
    expect(bad).toEqual({ to: "2027-03-01" });
    // What an empty filter form sends.
    const blank = { stream: "", id: "", type: "", actor: " ", from: "", to: "x", before: "" };
    expect(auditSearch.parse(blank)).toEqual({});
  });
});
