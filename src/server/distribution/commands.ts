import { newId } from "@/server/platform/ids";
import { invalid } from "@/server/platform/errors";
import { requireVerifiedEmail } from "@/server/platform/accounts";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { brandInput } from "./model/brand";
import { findBrandById, insertBrandWithOwner, type BrandRecord } from "./infrastructure/brands";

/** CreateBrand: the signed-in organizer becomes its owner — only with a confirmed e-mail address. */
export async function createBrand(actor: Actor & { kind: "user" }, raw: unknown): Promise<BrandRecord> {
  const parsed = brandInput.safeParse(raw);
  if (!parsed.success)
    throw invalid(parsed.error.issues[0]!.message, { field: parsed.error.issues[0]!.path.join(".") });
  await requireVerifiedEmail(actor.id);
  const input = parsed.data;
  const id = newId("brd_");
  await insertBrandWithOwner(
    id,
    input,
    actor.id,
    newId("mem_"),
    [
      { type: "BrandCreated", payload: { brandId: id, ...input } },
      { type: "MemberAdded", payload: { brandId: id, userId: actor.id, role: "owner" } },
    ],
    metadataFor(actor, id),
  );
  return (await findBrandById(id))!;
}
