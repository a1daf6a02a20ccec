// The world the action fuzz attacks: brand A is the demo seed (with a pending order), brand B is
// another organizer's, whose owner signs in and aims at A's ids.
import { createVerifiedAccount } from "@/server/platform/accounts";
import { db } from "@/server/platform/db";
import * as distribution from "@/server/distribution";
import * as checkout from "@/server/checkout";
import { placeOrderFlow } from "@/server/workflows";

export async function seedSecondBrand() {
  const a = await db().brand.findFirstOrThrow({ where: { slug: "demo" } });
  const event = await db().event.findFirstOrThrow({ where: { brandId: a.id } });
  const product = await db().product.findFirstOrThrow({ where: { brandId: a.id } });
  const placed = await placeOrderFlow(
    checkout.placeOrderInput.parse({
      brandSlug: a.slug,
      eventId: event.id,
      buyer: { name: "Fay Fan", email: "fay@example.com" },
      lines: [{ productId: product.id, quantity: 1 }],
    }),
  );
  const emailB = "owner-b@marquee.local";
  const passwordB = "correct horse battery staple 42";
  const userB = await createVerifiedAccount(
    { name: "Owner B", email: emailB, password: passwordB },
    new Date(),
  );
  const b = await distribution.createBrand(
    { kind: "user", id: userB.id, label: emailB },
    { name: "Brand B", slug: "brand-b", primaryColor: "#0f766e" },
  );
  const ids = await Promise.all([
    db().pool.findMany({ where: { brandId: a.id }, select: { id: true } }),
    db().member.findMany({ where: { brandId: a.id }, select: { id: true } }),
    db().payment.findMany({ where: { orderId: placed.orderId }, select: { id: true } }),
  ]);
  const idsOfA = [a.id, event.id, product.id, placed.orderId, ...ids.flat().map((r) => r.id)];
  return { slugA: a.slug, slugB: b.slug, brandIdB: b.id, emailB, passwordB, idsOfA };
}
