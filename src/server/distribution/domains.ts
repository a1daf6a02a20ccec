// A brand's own domain: claimed in Studio, proved with a DNS TXT record (docs/adr/0017), then
// serving that brand's shop — and nothing of any other brand.
import { randomBytes } from "node:crypto";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { conflict, invalid } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { findBrandById, findBrandByDomain, updateBrand } from "./infrastructure/brands";
import { forgetPlaces, placeOfHost } from "./infrastructure/places-repo";
import { dnsTxt, type TxtLookup } from "./infrastructure/dns-txt";
import { normalizePath, routeOnHost, type Route } from "./model/routing";
import type { CustomDomainVerified, DistributionEvent } from "./events";

/** The DNS name where a brand publishes its token for `domain`. */
export const verificationName = (domain: string) => `_marquee-verify.${domain}`;

/** A fresh token for a newly claimed domain. */
export const newDomainToken = () => `marquee-verify=${randomBytes(16).toString("hex")}`;

/**
 * Look for the brand's TXT record now; when it is there, its domain serves its shop. Refuses
 * (Invalid, in words the organizer can act on) while the record is missing, and (Conflict) when
 * another brand verified the domain first.
 */
export async function verifyCustomDomain(
  actor: Actor,
  brandId: string,
  lookup: TxtLookup = dnsTxt,
): Promise<void> {
  const brand = await findBrandById(brandId);
  const domain = brand?.customDomain;
  if (!domain || !brand.customDomainToken) {
    throw invalid("Enter your domain and save it first.", { field: "customDomain" });
  }
  if (brand.customDomainVerified) return;
  const records = await lookup(verificationName(domain));
  if (!records.some((parts) => parts.join("").trim() === brand.customDomainToken)) {
    throw invalid(
      `We did not find the TXT record at ${verificationName(domain)} yet. ` +
        "DNS changes can take a while to show; try again later.",
    );
  }
  const taken = await findBrandByDomain(domain);
  if (taken && taken.id !== brandId) throw domainTaken();
  await updateBrand(brandId, { customDomainVerifiedAt: new Date() });
  forgetPlaces();
  const verified: CustomDomainVerified = {
    type: "CustomDomainVerified",
    payload: { brandId, customDomain: domain },
  };
  await transaction((tx) =>
    appendToStream<DistributionEvent>(tx, `brand-${brandId}`, "any", [verified], metadataFor(actor, brandId)),
  );
}

/** The refusal when another brand has verified the domain. */
export const domainTaken = () =>
  conflict("Another brand already uses this domain.", { field: "customDomain" });

/**
 * Where a request leads, by its Host header and its path as the app will route it (decoded
 * and normalised): served, rewritten onto the brand's shop, or not found.
 */
export async function routeRequest(hostHeader: string | null, rawPath: string): Promise<Route> {
  const path = normalizePath(rawPath);
  if (path === null) return { kind: "not-found" };
  return routeOnHost(await placeOfHost(hostHeader), path);
}
