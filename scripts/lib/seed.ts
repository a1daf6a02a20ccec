// On an empty database: the demo brand `demo` ("Demo Sounds"), one published event with one
// ticket type, and an organizer account (the README shows its login).
import { clock } from "@/server/platform/clock";
import { createVerifiedAccount } from "@/server/platform/accounts";
import { db } from "@/server/platform/db";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import { createTicketType } from "@/server/workflows";

export const DEMO_LOGIN = { email: "demo@marquee.local", password: "marquee-demo" };

function localIn(days: number, hour: number): string {
  const d = new Date(clock.now().getTime() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

export async function seedIfEmpty(log: (m: string) => void = console.log): Promise<boolean> {
  if ((await db().user.count()) > 0) return false;
  const user = await createVerifiedAccount({ name: "Demo Organizer", ...DEMO_LOGIN }, clock.now());
  const actor = { kind: "user" as const, id: user.id, label: user.email };
  const brand = await distribution.createBrand(actor, {
    name: "Demo Sounds",
    slug: "demo",
    primaryColor: "#7c3aed",
  });
  const event = await offering.createEvent(actor, brand.id, {
    name: "Demo Night",
    venue: "Kulturhaus, Berlin",
    description: "An evening of live electronic music. Doors open at 19:00.",
    timeZone: "Europe/Berlin",
    startsAt: localIn(30, 20),
    endsAt: localIn(31, 2),
  });
  await createTicketType(actor, brand, event.id, {
    name: "General admission",
    price: 25,
    capacity: 200,
    maxPerOrder: 10,
  });
  await offering.publishEvent(actor, brand.id, event.id, clock.now());
  log(
    `[seed] demo brand /s/demo with "Demo Night"; organizer login ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`,
  );
  return true;
}
