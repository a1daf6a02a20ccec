import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/server/platform/db";
import { createVerifiedAccount, signUp } from "@/server/platform/accounts";
import * as distribution from "@/server/distribution";
import { organizerWithEvent } from "@/test/fixtures";
import { refusal } from "@/test/domain-error";

const now = new Date("2030-01-10T12:00:00Z");
const tokenOf = (link: string) => link.split("/studio/invite/")[1]!;
const person = (name: string) =>
  createVerifiedAccount(
    {
      name,
      email: `${name.toLowerCase()}-${randomBytes(3).toString("hex")}@example.com`,
      password: "password-123",
    },
    now,
  );
/** Signed up through the real sign-up, the verification link never opened. */
async function unverified(name: string) {
  const email = `${name.toLowerCase()}-${randomBytes(3).toString("hex")}@example.com`;
  await signUp({ name, email, password: "quiet-harbour-lantern-42" }, now);
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email: user.email, name: user.name };
}
const CONFIRM_FIRST =
  "Confirm your e-mail address first: open the link we sent you, or send it again from Studio.";

describe("the team", () => {
  it("invites by e-mail, and the invited account joins with that role by the link, once", async () => {
    const f = await organizerWithEvent();
    const dora = await person("Dora");
    const { link } = await distribution.inviteMember(
      f.actor,
      f.brand,
      { email: dora.email.toUpperCase(), role: "door" },
      now,
    );
    const mail = await db().mailMessage.findFirstOrThrow({ where: { brandId: f.brand.id, to: dora.email } });
    expect(mail.text).toContain(link);
    expect(mail.subject).toBe(`You're invited to ${f.brand.name} on Marquee`);
    // Only the hash is stored.
    expect(await db().invitation.count({ where: { tokenHash: tokenOf(link) } })).toBe(0);

    expect(await distribution.invitationByToken(tokenOf(link), now)).toMatchObject({
      email: dora.email,
      role: "door",
      state: "open",
    });
    expect(await distribution.acceptInvitation(dora, tokenOf(link), now)).toEqual({
      brandSlug: f.brand.slug,
      role: "door",
    });
    expect((await distribution.requireMembership(dora.id, f.brand.slug, "checkin")).role).toBe("door");
    expect(await refusal(distribution.requireMembership(dora.id, f.brand.slug, "brand:read"))).toEqual({
      code: "NotAllowed",
      message: "Your role (door) cannot do this.",
    });
    expect(await refusal(distribution.acceptInvitation(dora, tokenOf(link), now))).toMatchObject({
      code: "Conflict",
      message: "This invitation has already been used.",
    });
    expect(
      await db().storedEvent.count({
        where: { streamId: `brand-${f.brand.id}`, type: { in: ["MemberInvited", "MemberAdded"] } },
      }),
    ).toBe(3);
  });

  it("lets only the invited address accept, refuses expired and withdrawn links, and treats a made-up token as not found", async () => {
    const f = await organizerWithEvent();
    const vic = await person("Vic");
    const mallory = await person("Mallory");
    const { link, invitationId } = await distribution.inviteMember(
      f.actor,
      f.brand,
      { email: vic.email, role: "viewer" },
      now,
    );
    expect(await refusal(distribution.acceptInvitation(mallory, tokenOf(link), now))).toEqual({
      code: "Invalid",
      message: `This invitation is for ${vic.email}. Sign in with that address to accept it.`,
    });
    const later = new Date(now.getTime() + distribution.INVITATION_DAYS * 86_400_000 + 1);
    expect(await refusal(distribution.acceptInvitation(vic, tokenOf(link), later))).toMatchObject({
      code: "Conflict",
      message: "This invitation has expired. Ask the brand's owner for a new one.",
    });
    await distribution.revokeInvitation(f.actor, f.brand.id, invitationId, now);
    expect(await refusal(distribution.acceptInvitation(vic, tokenOf(link), now))).toMatchObject({
      code: "Conflict",
      message: "This invitation was withdrawn. Ask the brand's owner for a new one.",
    });
    expect(await refusal(distribution.invitationByToken("x".repeat(43), now))).toMatchObject({
      code: "NotFound",
    });
    expect(await db().member.count({ where: { brandId: f.brand.id } })).toBe(1);
  });

  it("a second invitation to the same address replaces the first", async () => {
    const f = await organizerWithEvent();
    const first = await distribution.inviteMember(
      f.actor,
      f.brand,
      { email: "sam@example.com", role: "viewer" },
      now,
    );
    await distribution.inviteMember(f.actor, f.brand, { email: "sam@example.com", role: "manager" }, now);
    expect((await distribution.invitationByToken(tokenOf(first.link), now)).state).toBe("revoked");
    expect((await distribution.teamOf(f.brand.id, now)).invitations.map((i) => i.role)).toEqual(["manager"]);
  });

  it("refuses bad input at its field and a member invited again", async () => {
    const f = await organizerWithEvent();
    expect(
      await refusal(
        distribution.inviteMember(f.actor, f.brand, { email: "not-an-address", role: "door" }, now),
      ),
    ).toMatchObject({ code: "Invalid", message: "Enter the e-mail address to invite" });
    expect(
      await refusal(
        distribution.inviteMember(f.actor, f.brand, { email: "a@example.com", role: "admin" }, now),
      ),
    ).toMatchObject({ code: "Invalid", message: "Choose a role: owner, manager, door or viewer" });
    expect(
      await refusal(
        distribution.inviteMember(f.actor, f.brand, { email: f.user.email, role: "viewer" }, now),
      ),
    ).toMatchObject({ code: "Conflict" });
    expect(await db().invitation.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("keeps at least one owner, changes roles and removes members", async () => {
    const f = await organizerWithEvent();
    const team = await distribution.teamOf(f.brand.id, now);
    const me = team.members[0]!;
    expect(await refusal(distribution.changeMemberRole(f.actor, f.brand.id, me.id, "manager"))).toEqual({
      code: "Conflict",
      message: "A brand needs an owner: make someone else owner first.",
    });
    expect(await refusal(distribution.removeMember(f.actor, f.brand.id, me.id))).toMatchObject({
      code: "Conflict",
    });

    const max = await person("Max");
    await distribution.acceptInvitation(
      max,
      tokenOf(
        (await distribution.inviteMember(f.actor, f.brand, { email: max.email, role: "manager" }, now)).link,
      ),
      now,
    );
    const maxMember = (await distribution.teamOf(f.brand.id, now)).members.find((m) => m.userId === max.id)!;
    await distribution.changeMemberRole(f.actor, f.brand.id, maxMember.id, "owner");
    await distribution.changeMemberRole(f.actor, f.brand.id, me.id, "viewer"); // now allowed: Max is an owner
    expect(
      await refusal(distribution.requireMembership(f.user.id, f.brand.slug, "catalog:write")),
    ).toMatchObject({ code: "NotAllowed" });

    await distribution.removeMember({ kind: "user", id: max.id, label: max.email }, f.brand.id, me.id);
    expect(
      await refusal(distribution.requireMembership(f.user.id, f.brand.slug, "brand:read")),
    ).toMatchObject({ code: "NotFound" });
    expect(
      (
        await db().storedEvent.findMany({
          where: { streamId: `brand-${f.brand.id}` },
          orderBy: { position: "asc" },
        })
      )
        .map((e) => e.type)
        .slice(-4),
    ).toEqual(["MemberAdded", "MemberRoleChanged", "MemberRoleChanged", "MemberRemoved"]);
  });

  it("two owners demoting each other at once leave one owner", async () => {
    const f = await organizerWithEvent();
    const other = await person("Olga");
    await distribution.acceptInvitation(
      other,
      tokenOf(
        (await distribution.inviteMember(f.actor, f.brand, { email: other.email, role: "owner" }, now)).link,
      ),
      now,
    );
    const { members } = await distribution.teamOf(f.brand.id, now);
    const results = await Promise.allSettled(
      members.map((m) => distribution.changeMemberRole(f.actor, f.brand.id, m.id, "viewer")),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().member.count({ where: { brandId: f.brand.id, role: "owner" } })).toBe(1);
  });

  it("another brand's member or invitation cannot be touched", async () => {
    const a = await organizerWithEvent();
    const b = await organizerWithEvent();
    const bOwner = (await distribution.teamOf(b.brand.id, now)).members[0]!;
    expect(await refusal(distribution.removeMember(a.actor, a.brand.id, bOwner.id))).toMatchObject({
      code: "NotFound",
    });
    expect(
      await refusal(distribution.changeMemberRole(a.actor, a.brand.id, bOwner.id, "viewer")),
    ).toMatchObject({ code: "NotFound" });
    const inv = await distribution.inviteMember(
      b.actor,
      b.brand,
      { email: "x@example.com", role: "viewer" },
      now,
    );
    expect(
      await refusal(distribution.revokeInvitation(a.actor, a.brand.id, inv.invitationId, now)),
    ).toMatchObject({ code: "NotFound" });
    expect((await distribution.teamOf(b.brand.id, now)).invitations).toHaveLength(1);
  });

  describe("when the account has not confirmed its e-mail address", () => {
    it("cannot accept an invitation sent to that address (else anyone could sign up as it)", async () => {
      const f = await organizerWithEvent();
      const squatter = await unverified("Owen");
      const { link } = await distribution.inviteMember(
        f.actor,
        f.brand,
        { email: squatter.email, role: "owner" },
        now,
      );
      expect(await refusal(distribution.acceptInvitation(squatter, tokenOf(link), now))).toEqual({
        code: "NotAllowed",
        message: CONFIRM_FIRST,
      });
      expect(await db().member.count({ where: { brandId: f.brand.id } })).toBe(1);
      expect((await distribution.invitationByToken(tokenOf(link), now)).state).toBe("open");
    });

    it("cannot create (and so own) a brand", async () => {
      const nobody = await unverified("Nina");
      const actor = { kind: "user" as const, id: nobody.id, label: nobody.email };
      const slug = `nina-${randomBytes(3).toString("hex")}`;
      expect(
        await refusal(distribution.createBrand(actor, { name: "Nina's", slug, primaryColor: "#112233" })),
      ).toEqual({ code: "NotAllowed", message: CONFIRM_FIRST });
      expect(await db().brand.count({ where: { slug } })).toBe(0);
    });
  });
});
