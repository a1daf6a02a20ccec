// The Studio's e-mail footer: the organizer saves it and its translations for their own brand; another
// brand's owner, naming this brand's slug, changes nothing; bad input is a sentence at its field; saving
// one text's translations keeps the others'.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/server/platform/accounts";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/platform/auth", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { organizerWithEvent } = await import("@/test/fixtures");
const { formData: form, sessionUserOf: asUser } = await import("@/test/studio-action");
const { mailFooterOf, accessibilityStatementOf } = await import("@/server/distribution");
const { setMailFooterAction, setAccessibilityStatementAction } =
  await import("@/app/(studio)/studio/[brand]/settings/actions");

type Organizer = Awaited<ReturnType<typeof organizerWithEvent>>;
let owner: Organizer;
let outsider: Organizer;

beforeAll(async () => {
  owner = await organizerWithEvent();
  outsider = await organizerWithEvent();
});

describe("the e-mail footer", () => {
  it("is saved with its translations for the owner's own brand, and keeps the statement's", async () => {
    session.user = asUser(owner);
    await setAccessibilityStatementAction(
      owner.brand.slug,
      undefined,
      form({ statement: "Ours.", contact: "", "fr.statement": "La nôtre." }),
    );
    const answer = await setMailFooterAction(
      owner.brand.slug,
      undefined,
      form({ mailFooter: " Harbour Ltd\r\nParis ", "fr.mailFooter": "Harbour SARL", "de.mailFooter": "" }),
    );
    expect(answer).toMatchObject({ ok: expect.stringMatching(/^Saved/) });
    expect(await mailFooterOf(owner.brand.id)).toEqual({
      own: "Harbour Ltd\nParis",
      translations: { fr: { statement: "La nôtre.", mailFooter: "Harbour SARL" } },
    });
    expect((await accessibilityStatementOf(owner.brand, "fr")).text).toBe("La nôtre.");
  });

  it("refuses another brand's owner naming this brand's slug, and changes nothing", async () => {
    session.user = asUser(outsider);
    const answer = await setMailFooterAction(owner.brand.slug, undefined, form({ mailFooter: "Pirated" }));
    expect(answer?.error).toBeTruthy();
    expect(answer?.ok).toBeUndefined();
    expect((await mailFooterOf(owner.brand.id)).own).toBe("Harbour Ltd\nParis");
    expect((await mailFooterOf(outsider.brand.id)).own).toBeNull();
  });

  it("answers a footer too long at its field, and a bound argument that is not a slug, changing nothing", async () => {
    session.user = asUser(owner);
    const long = await setMailFooterAction(
      owner.brand.slug,
      undefined,
      form({ mailFooter: "ok", "fr.mailFooter": "x".repeat(1001) }),
    );
    expect(long).toMatchObject({ fields: { "fr.mailFooter": "Keep the footer under 1000 characters" } });
    expect(await setMailFooterAction({ not: "a slug" }, undefined, form({ mailFooter: "x" }))).toMatchObject({
      error: expect.stringMatching(/out of date/),
    });
    expect((await mailFooterOf(owner.brand.id)).own).toBe("Harbour Ltd\nParis");
  });

  it("is removed when emptied, translations and all", async () => {
    session.user = asUser(owner);
    const answer = await setMailFooterAction(owner.brand.slug, undefined, form({ mailFooter: "" }));
    expect(answer).toMatchObject({ ok: expect.stringMatching(/no footer/) });
    expect(await mailFooterOf(owner.brand.id)).toEqual({
      own: null,
      translations: { fr: { statement: "La nôtre." } },
    });
  });
});
