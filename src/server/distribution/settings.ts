// Brand settings that change how the brand sells, kept on the brand: for now, what a bundle's
// price is split by for refunds and revenue (docs/adr/0020).
import { z } from "zod";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { invalid } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { saveBundleSplitBasis } from "./infrastructure/brands";
import type { DistributionEvent } from "./events";

const splitBasisInput = z.enum(["in_bundle", "standalone"], {
  message: "Choose what bundle prices are split by",
});

/**
 * SetBundleSplitBasis: what bundles sold from now on are split by. Orders already placed keep
 * the split (and the basis) they were placed with.
 */
export async function setBundleSplitBasis(actor: Actor, brandId: string, raw: unknown): Promise<void> {
  const parsed = splitBasisInput.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message, { field: "bundleSplitBasis" });
  const basis = parsed.data;
  await transaction(async (uow) => {
    await saveBundleSplitBasis(uow, brandId, basis);
    await appendToStream<DistributionEvent>(
      uow,
      `brand-${brandId}`,
      "any",
      [{ type: "BundleSplitBasisChanged", payload: { brandId, basis } }],
      metadataFor(actor, brandId),
    );
  });
}
