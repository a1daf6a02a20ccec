// A ticket type as organizers see it is three things in three contexts: a product (offering),
// a pool with its capacity (inventory) and a price (pricing). Created together in one unit of work.
import { transaction } from "@/server/platform/unit-of-work";
import { invalid } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";

export async function createTicketType(actor: Actor, brand: { id: string; currency: string }, eventId: string, raw: unknown): Promise<{ productId: string }> {
  const parsed = offering.ticketTypeInput.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message, { field: parsed.error.issues[0]!.path.join(".") });
  const input = parsed.data;
  return transaction(async (uow) => {
    const { productId } = await offering.addTicketProduct(uow, actor, brand.id, eventId, input);
    await inventory.createPool(uow, actor, brand.id, input.name, input.capacity, [{ productId, units: 1 }]);
    await pricing.setPrice(uow, brand.id, productId, offering.toMinorUnits(input.price), brand.currency);
    return { productId };
  });
}
