// The Studio's export button, attacked: another brand's owner can start no export of this brand
// (by its slug, or by its event under their own brand), and bad input is a sentence, not a 500.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/server/platform/accounts";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/platform/auth", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// A request without a language cookie or Accept-Language: the Studio answers in English.
vi.mock("next/headers", () => ({ cookies: async () => new Map(), headers: async () => new Headers() }));

const { db } = await import("@/server/platform/db");
const { organizerWithEvent } = await import("@/test/fixtures");
const { formData, sessionUserOf } = await import("@/test/studio-action");
const { startExportAction } = await import("@/app/(studio)/studio/[brand]/insights/exports/actions");

type Organizer = Awaited<ReturnType<typeof organizerWithEvent>>;
let victim: Organizer;
let outsider: Organizer;

const form = formData;
const asUser = sessionUserOf;
const exportsOf = (brandId: string) => db().insightExport.count({ where: { brandId } });

beforeAll(async () => {
  victim = await organizerWithEvent();
  outsider = await organizerWithEvent();
});

describe("the start-export action", () => {
  it("starts an export of the member's own event", async () => {
    session.user = asUser(victim);
    const answer = await startExportAction(
      victim.brand.slug,
      victim.event.id,
      undefined,
      form({ kind: "orders", format: "csv" }),
    );
    expect(answer).toEqual({ at: expect.any(Number) });
    expect(await exportsOf(victim.brand.id)).toBe(1);
  });

  it("refuses another brand's owner, by the brand's slug or by its event", async () => {
    session.user = asUser(outsider);
    const bySlug = await startExportAction(
      victim.brand.slug,
      victim.event.id,
      undefined,
      form({ kind: "orders", format: "csv" }),
    );
    expect(bySlug?.error).toBeTruthy();
    const byEvent = await startExportAction(
      outsider.brand.slug,
      victim.event.id,
      undefined,
      form({ kind: "attendees", format: "xlsx" }),
    );
    expect(byEvent).toMatchObject({ error: "This event does not exist." });
    expect(await exportsOf(victim.brand.id)).toBe(1);
    expect(await exportsOf(outsider.brand.id)).toBe(0);
  });

  it("answers bad input with a sentence at its field", async () => {
    session.user = asUser(victim);
    const answer = await startExportAction(
      victim.brand.slug,
      null,
      undefined,
      form({ kind: "passwords", format: "pdf" }),
    );
    expect(answer).toMatchObject({ fields: { kind: "Choose what to export", format: "Choose CSV or XLSX" } });
    expect(await startExportAction({ not: "a slug" }, null, undefined, form({}))).toMatchObject({
      error: expect.stringMatching(/out of date/),
    });
    expect(await exportsOf(victim.brand.id)).toBe(1);
  });
});
