// The Studio's accessibility statement: the organizer saves their text and contact for their own
// brand (dated today); another brand's owner, naming this brand's slug, changes nothing; bad input
// is a sentence at its field.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/server/platform/accounts";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/platform/auth", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { organizerWithEvent } = await import("@/test/fixtures");
const { formData, sessionUserOf } = await import("@/test/studio-action");
const { accessibilityStatementOf } = await import("@/server/distribution");
const { setAccessibilityStatementAction } = await import("@/app/(studio)/studio/[brand]/settings/actions");

type Organizer = Awaited<ReturnType<typeof organizerWithEvent>>;
let owner: Organizer;
let outsider: Organizer;

const form = formData;
const asUser = sessionUserOf;

beforeAll(async () => {
  owner = await organizerWithEvent();
  outsider = await organizerWithEvent();
});

describe("the accessibility statement", () => {
  it("is Marquee's template in the brand's name until the organizer saves one", async () => {
    const statement = await accessibilityStatementOf(owner.brand, "en");
    expect(statement.custom).toBe(false);
    expect(statement.text).toContain(`${owner.brand.name} wants everyone to be able to buy tickets`);
    expect(statement.text).toContain("WCAG) 2.2 at level AA");
    expect(statement.contact).toBeNull();
  });

  it("saves the owner's text and contact for their own brand, reviewed today", async () => {
    session.user = asUser(owner);
    const before = Date.now();
    const answer = await setAccessibilityStatementAction(
      owner.brand.slug,
      undefined,
      form({ statement: "  We meet WCAG 2.2 AA.\r\n\r\nCall us.  ", contact: "access@example.com" }),
    );
    expect(answer).toMatchObject({ ok: expect.stringMatching(/^Saved/) });
    const statement = await accessibilityStatementOf(owner.brand, "en");
    expect(statement).toMatchObject({
      text: "We meet WCAG 2.2 AA.\n\nCall us.",
      contact: "access@example.com",
      custom: true,
    });
    expect(statement.reviewedOn.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("refuses another brand's owner naming this brand's slug, and changes nothing", async () => {
    session.user = asUser(outsider);
    const answer = await setAccessibilityStatementAction(
      owner.brand.slug,
      undefined,
      form({ statement: "<script>alert(1)</script>", contact: "" }),
    );
    expect(answer?.error).toBeTruthy();
    expect(answer?.ok).toBeUndefined();
    expect((await accessibilityStatementOf(owner.brand, "en")).text).toBe("We meet WCAG 2.2 AA.\n\nCall us.");
    expect((await accessibilityStatementOf(outsider.brand, "en")).custom).toBe(false);
  });

  it("answers a bad contact address and a bound argument that is not a slug with sentences", async () => {
    session.user = asUser(owner);
    const answer = await setAccessibilityStatementAction(
      owner.brand.slug,
      undefined,
      form({ statement: "Ours", contact: "not an address" }),
    );
    expect(answer).toMatchObject({ fields: { contact: "Enter an e-mail address like access@brand.com" } });
    expect(
      await setAccessibilityStatementAction(
        { not: "a slug" },
        undefined,
        form({ statement: "", contact: "" }),
      ),
    ).toMatchObject({ error: expect.stringMatching(/out of date/) });
    expect((await accessibilityStatementOf(owner.brand, "en")).contact).toBe("access@example.com");
  });

  it("goes back to the template when the organizer empties the text", async () => {
    session.user = asUser(owner);
    await setAccessibilityStatementAction(owner.brand.slug, undefined, form({ statement: " ", contact: "" }));
    const statement = await accessibilityStatementOf(owner.brand, "en");
    expect(statement).toMatchObject({ custom: false, contact: null });
    expect(statement.text).toContain(owner.brand.name);
  });

  it("is Marquee's template in the fan's language, and the organizer's translation where they gave one", async () => {
    session.user = asUser(owner);
    const french = await accessibilityStatementOf(owner.brand, "fr");
    expect(french.text).toContain(`${owner.brand.name} veut que chacun puisse acheter ses billets`);
    await setAccessibilityStatementAction(
      owner.brand.slug,
      undefined,
      form({ statement: "Our statement.", contact: "", "fr.statement": "Notre déclaration." }),
    );
    expect((await accessibilityStatementOf(owner.brand, "fr")).text).toBe("Notre déclaration.");
    expect((await accessibilityStatementOf(owner.brand, "de")).text).toBe("Our statement.");
  });
});
