// Finding 6 of issue 11: the Studio outbox showed every brand e-mail, invitation links included,
// to anyone who may read the brand — a viewer could accept an owner's invitation. The links that
// act as keys are masked in the page and in the procedure it reads.
import { describe, it, expect, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { SessionUser } from "@/server/platform/accounts";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/platform/auth", () => ({
  currentUser: async () => session.user,
  requireUser: async () => session.user,
}));

const { db } = await import("@/server/platform/db");
const distribution = await import("@/server/distribution");
const { createVerifiedAccount } = await import("@/server/platform/accounts");
const { createCaller } = await import("@/server/api/root");
const { organizerWithEvent } = await import("@/test/fixtures");
const { default: OutboxPage } = await import("@/app/(studio)/studio/[brand]/outbox/page");

const now = new Date("2030-01-10T12:00:00Z");

async function brandWithInvitationAndViewer() {
  const f = await organizerWithEvent();
  const { link } = await distribution.inviteMember(
    f.actor,
    f.brand,
    { email: "new-owner@example.com", role: "owner" },
    now,
  );
  const viewer = await createVerifiedAccount(
    { name: "Vera Viewer", email: `vera-${f.brand.slug}@example.com`, password: "x" },
    now,
  );
  await db().member.create({
    data: { id: `mem_v_${f.brand.id}`, brandId: f.brand.id, userId: viewer.id, role: "viewer" },
  });
  const token = link.split("/studio/invite/")[1]!;
  return { f, viewer, token };
}

describe("the Studio outbox, read by a viewer", () => {
  it("the procedure shows the invitation e-mail without its link", async () => {
    const { f, viewer, token } = await brandWithInvitationAndViewer();
    const request = { clientKey: "test", cookie: () => null, setCookie: () => {} };
    const mails = await createCaller({ user: viewer, request }).studio.outbox({ brandSlug: f.brand.slug });
    const invitation = mails.find((m) => m.subject.startsWith("You're invited"))!;
    expect(invitation.html).not.toContain(token);
    expect(invitation.html).not.toContain("/studio/invite/");
    expect(invitation.html).toContain("Accept the invitation (link hidden)");
  });

  it("the page shows the invitation e-mail without its link", async () => {
    const { f, viewer, token } = await brandWithInvitationAndViewer();
    session.user = viewer;
    const html = renderToStaticMarkup(await OutboxPage({ params: Promise.resolve({ brand: f.brand.slug }) }));
    expect(html).toContain("You&#x27;re invited to");
    expect(html).not.toContain(token);
    expect(html).toContain("link hidden");
  });
});
