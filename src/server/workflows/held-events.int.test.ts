// The Studio's system view: a brand sees and retries its own parked events, never another brand's.
import { describe, it, expect, vi, beforeAll } from "vitest";
import type { SessionUser } from "@/server/platform/accounts";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/platform/auth", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { db } = await import("@/server/platform/db");
const { organizerWithEvent } = await import("@/test/fixtures");
const { heldEvents } = await import("@/server/workflows");
const { retryParkedEventAction } = await import("@/app/(studio)/studio/[brand]/system/actions");

const NOT_FOUND = { error: "This parked event was not found; it may have been retried already." };
type Brand = Awaited<ReturnType<typeof organizerWithEvent>>;
/** Park brand's latest log entry for the audit trail, as if its handler had failed five times. */
async function parkLatestOf(o: Brand) {
  const [latest] = await db().$queryRaw<{ position: bigint; stream_id: string; type: string }[]>`
    SELECT position, stream_id, type FROM event_log WHERE metadata->>'brandId' = ${o.brand.id}
    ORDER BY position DESC LIMIT 1`;
  const row = await db().heldDelivery.create({
    data: {
      subscriber: "projection:audit-trail",
      position: latest!.position,
      streamId: latest!.stream_id,
      eventType: latest!.type,
      brandId: o.brand.id,
      status: "parked",
      attempts: 5,
      lastError: "Error: the database was away",
      failedAt: new Date(),
      parkedAt: new Date(),
    },
  });
  return { id: row.id.toString(), position: latest!.position };
}
const retry = async (user: SessionUser, slug: unknown, id: unknown) => {
  session.user = user;
  try {
    return await retryParkedEventAction(slug, id, undefined, new FormData());
  } finally {
    session.user = null;
  }
};

describe("the system view of parked events", () => {
  let a: Brand;
  let b: Brand;
  let parked: { id: string; position: bigint };
  beforeAll(async () => {
    a = await organizerWithEvent();
    b = await organizerWithEvent();
    parked = await parkLatestOf(a);
  });

  it("lists a parked event for its own brand only, in an organizer's words", async () => {
    const mine = await heldEvents({ brandId: a.brand.id });
    const words = { what: "Record it in the audit log", lastError: "Error: the database was away" };
    expect(mine.parked).toEqual([expect.objectContaining({ id: parked.id, attempts: 5, ...words })]);
    expect((await heldEvents({ brandId: b.brand.id })).parked).toEqual([]);
  });

  describe("when another brand's owner retries it with their own brand's address", () => {
    it("is not found, and nothing is delivered", async () => {
      expect(await retry(b.user, b.brand.slug, parked.id)).toEqual(NOT_FOUND);
      const row = await db().heldDelivery.findUnique({ where: { id: BigInt(parked.id) } });
      expect(row).toMatchObject({ status: "parked", attempts: 5 });
    });
  });

  it("refuses arguments that are not an address and an id, before anything else", async () => {
    const outOfDate = { error: "This page is out of date. Reload it and try again." };
    expect(await retry(a.user, { slug: a.brand.slug }, parked.id)).toEqual(outOfDate);
    expect(await retry(a.user, a.brand.slug, "1; DROP TABLE held_delivery")).toEqual(outOfDate);
    expect(await retry(a.user, a.brand.slug, "99999999999999999999999")).toEqual(outOfDate);
  });

  it("delivers it once when its own brand retries it, and it is no longer parked", async () => {
    await db().auditEntry.deleteMany({ where: { position: parked.position } });
    const answer = await retry(a.user, a.brand.slug, parked.id);
    expect(answer).toMatchObject({ ok: "Done: the event was handled this time." });
    const where = { position: parked.position, brandId: a.brand.id };
    const recorded = await db().auditEntry.count({ where });
    expect(recorded).toBe(1);
    expect((await heldEvents({ brandId: a.brand.id })).parked).toEqual([]);
  });
});
