// The brand's accessibility statement (the European Accessibility Act asks every shop for one):
// the organizer saves their text and contact in Studio; the shop shows it, or the template.
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { findAccessibilityStatement, saveAccessibilityStatement } from "./infrastructure/brands";
import { accessibilityStatementInput, statementOf, type AccessibilityStatement } from "./model/accessibility";
import type { DistributionEvent } from "./events";

/** The statement a brand's shop shows: the organizer's, or the template in the brand's name. */
export async function accessibilityStatementOf(brand: {
  id: string;
  name: string;
}): Promise<AccessibilityStatement> {
  const saved = await findAccessibilityStatement(brand.id);
  if (!saved) throw notFound("There is no shop at this address.");
  return statementOf(brand.name, saved);
}

/**
 * SetAccessibilityStatement: the organizer's text (empty: back to the template) and contact
 * address; saving it is reviewing it, so `now` becomes its date of last review.
 */
export async function setAccessibilityStatement(
  actor: Actor,
  brandId: string,
  raw: unknown,
  now: Date,
): Promise<void> {
  const parsed = accessibilityStatementInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { field: String(issue.path[0] ?? "statement") });
  }
  const { statement, contact } = parsed.data;
  const saved = { text: statement || null, contact: contact || null, reviewedAt: now };
  await transaction(async (uow) => {
    await saveAccessibilityStatement(uow, brandId, saved);
    await appendToStream<DistributionEvent>(
      uow,
      `brand-${brandId}`,
      "any",
      [
        {
          type: "AccessibilityStatementChanged",
          payload: { brandId, custom: saved.text !== null, contact: saved.contact },
        },
      ],
      metadataFor(actor, brandId),
    );
  });
}
