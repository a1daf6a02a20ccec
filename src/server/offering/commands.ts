import { newId } from "@/server/platform/ids";
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { decidePublish, eventInput, slugify, type TicketTypeInput } from "./model/event";
import { insertEvent, insertProduct, lockEventState, setPublished, slugTaken } from "./infrastructure/events-repo";

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string; path: PropertyKey[] }[] } } }, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw invalid(r.error.issues[0]!.message, { field: r.error.issues[0]!.path.join(".") });
  return r.data;
}

export async function createEvent(actor: Actor, brandId: string, raw: unknown): Promise<{ id: string; slug: string }> {
  const input = parse(eventInput, raw);
  const base = slugify(input.name);
  let slug = base;
  for (let i = 2; await slugTaken(brandId, slug); i++) slug = `${base}-${i}`;
  const id = newId("evt_");
  await insertEvent(id, brandId, slug, input, [
    { type: "EventCreated", payload: { eventId: id, name: input.name, slug, venue: input.venue, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), timeZone: input.timeZone } },
  ], metadataFor(actor, brandId));
  return { id, slug };
}

/** AddProduct (ticket kind) inside a workflow's unit of work; inventory and pricing add their parts beside it. */
export async function addTicketProduct(uow: UnitOfWork, actor: Actor, brandId: string, eventId: string, input: TicketTypeInput): Promise<{ productId: string }> {
  const state = await lockEventState(uow, brandId, eventId);
  if (!state) throw notFound("This event does not exist.");
  const productId = newId("prd_");
  await insertProduct(uow, { id: productId, brandId, eventId, kind: "ticket", name: input.name, maxPerOrder: input.maxPerOrder });
  await appendToStream(uow, `event-${eventId}`, "any", [{ type: "ProductAdded", payload: { eventId, productId, kind: "ticket", name: input.name } }], metadataFor(actor, brandId));
  return { productId };
}

export async function publishEvent(actor: Actor, brandId: string, eventId: string, now: Date): Promise<void> {
  await transaction(async (tx) => {
    const state = await lockEventState(tx, brandId, eventId);
    if (!state) throw notFound("This event does not exist.");
    const events = decidePublish(state, eventId);
    await setPublished(tx, eventId, now);
    await appendToStream(tx, `event-${eventId}`, "any", events, metadataFor(actor, brandId));
  });
}
