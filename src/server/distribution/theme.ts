// The brand's look (theme, logo, favicon) and where its shop lives (custom domain, embed origins).
import { randomBytes } from "node:crypto";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { config } from "@/server/platform/config";
import { fileStore, sniffImage } from "@/server/platform/storage";
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { themeInput, type Theme } from "./model/theme";
import { normalizeHost, placesInput } from "./model/places";
import { findBrandByDomain, findBrandById, updateBrand, type BrandRecord } from "./infrastructure/brands";
import { domainTaken, newDomainToken } from "./domains";
import { forgetPlaces } from "./infrastructure/places-repo";
import type { DistributionEvent } from "./events";

const firstIssue = (e: { issues: { message: string; path: PropertyKey[] }[] }) =>
  invalid(e.issues[0]!.message, { field: e.issues[0]!.path.join(".") });
const record = (brandId: string, actor: Actor, event: DistributionEvent) =>
  transaction((tx) =>
    appendToStream<DistributionEvent>(tx, `brand-${brandId}`, "any", [event], metadataFor(actor, brandId)),
  );

/** Where an uploaded file is served (public: logos and header images are meant to be seen). */
export const fileUrl = (key: string | null) => (key ? `/files/${key}` : null);

export function themeOf(brand: BrandRecord): Theme {
  return {
    primaryColor: brand.primaryColor,
    accentColor: brand.accentColor,
    background: brand.background,
    font: brand.font as Theme["font"],
    buttonShape: brand.buttonShape,
    logoUrl: fileUrl(brand.logoKey),
    faviconUrl: fileUrl(brand.faviconKey),
  };
}

export async function setTheme(actor: Actor, brandId: string, raw: unknown): Promise<void> {
  const parsed = themeInput.safeParse(raw);
  if (!parsed.success) throw firstIssue(parsed.error);
  await updateBrand(brandId, parsed.data);
  await record(brandId, actor, { type: "ThemeChanged", payload: { brandId, ...parsed.data } });
}

export const IMAGE_LIMITS = { logo: 1_000_000, favicon: 200_000, header: 3_000_000 } as const;
export type ImageKind = keyof typeof IMAGE_LIMITS;

/** Check and store an uploaded image; only PNG and JPEG (PDF tickets embed them; SVG could carry script). */
export async function storeImage(
  brandId: string,
  kind: ImageKind,
  bytes: Uint8Array,
  field: string,
): Promise<string> {
  if (bytes.byteLength === 0) throw invalid("Choose an image file.", { field });
  if (bytes.byteLength > IMAGE_LIMITS[kind])
    throw invalid(`The image is too large: at most ${Math.round(IMAGE_LIMITS[kind] / 1000)} kB.`, { field });
  const type = sniffImage(bytes);
  if (!type) throw invalid("Upload a PNG or JPEG image.", { field });
  const key = `brands/${brandId.toLowerCase()}/${kind}-${randomBytes(8).toString("hex")}.${type === "image/png" ? "png" : "jpg"}`;
  await fileStore().put(key, bytes, type);
  return key;
}

export async function setBrandImage(
  actor: Actor,
  brandId: string,
  kind: "logo" | "favicon",
  bytes: Uint8Array | null,
): Promise<void> {
  const key = bytes ? await storeImage(brandId, kind, bytes, kind) : null;
  await updateBrand(brandId, kind === "logo" ? { logoKey: key } : { faviconKey: key });
  await record(brandId, actor, {
    type: kind === "logo" ? "LogoChanged" : "FaviconChanged",
    payload: { brandId, key },
  });
}

/**
 * Save the brand's domain and embed origins. A newly claimed domain gets a fresh token and serves
 * nothing until verified (`verifyCustomDomain`); a domain another brand has verified is refused.
 */
export async function setShopPlaces(actor: Actor, brandId: string, raw: unknown): Promise<void> {
  const own = normalizeHost(new URL(config().PUBLIC_URL).host);
  const parsed = placesInput(own).safeParse(raw);
  if (!parsed.success) throw firstIssue(parsed.error);
  const { customDomain, embedOrigins } = parsed.data;
  const before = await findBrandById(brandId);
  const taken = customDomain ? await findBrandByDomain(customDomain) : null;
  if (taken && taken.id !== brandId) throw domainTaken();
  const claimed = customDomain !== before?.customDomain;
  const claim = claimed
    ? { customDomainToken: customDomain ? newDomainToken() : null, customDomainVerifiedAt: null }
    : {};
  await updateBrand(brandId, { customDomain, embedOrigins, ...claim });
  forgetPlaces();
  await record(brandId, actor, { type: "ShopPlacesChanged", payload: { brandId, ...parsed.data } });
}

/** The brand that verified the custom domain this Host header names, or NotFound. */
export async function brandByHost(hostHeader: string | null): Promise<BrandRecord> {
  const host = normalizeHost(hostHeader);
  const brand = host ? await findBrandByDomain(host) : null;
  if (!brand) throw notFound("No shop is set up at this address.");
  return brand;
}

/** An uploaded file, for the /files route. A key the store refuses is simply not found. */
export async function readFile(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null> {
  try {
    return await fileStore().get(key);
  } catch (e) {
    if (e instanceof TypeError) return null;
    throw e;
  }
}

/** Marquee's own address (where embed.js and the shop are served). */
export const publicUrl = () => config().PUBLIC_URL.replace(/\/$/, "");

/** The one snippet a brand pastes into its site to show an event's shop. */
export const embedSnippet = (brandSlug: string, eventSlug: string) =>
  `<script src="${publicUrl()}/embed.js" data-brand="${brandSlug}" data-event="${eventSlug}" async></script>`;
