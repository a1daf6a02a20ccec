// embed.js asks here before it frames the shop, so a site the brand has not allowed gets a
// polite note with a link instead of a frame the browser blanks out. The Origin header is set by
// the browser (a page cannot forge it); the answer reveals only whether this origin is allowed.
import { z } from "zod";
import { embedAllowed, shopBrand } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";

const cors = {
  "access-control-allow-origin": "*",
  "cache-control": "no-store",
  "content-type": "application/json",
};

/** The brand asked about and the browser's Origin, parsed first (too long or absent: not allowed). */
const askInput = z.object({
  brand: z.string().max(64).catch(""),
  origin: z.string().max(2048).nullable().catch(null),
});

export async function GET(request: Request) {
  const { brand: slug, origin } = askInput.parse({
    brand: new URL(request.url).searchParams.get("brand") ?? "",
    origin: request.headers.get("origin"),
  });
  try {
    const brand = await shopBrand(slug);
    const allowed = await embedAllowed(brand.slug, origin);
    return new Response(JSON.stringify({ allowed, brandName: brand.name }), { headers: cors });
  } catch (e) {
    if (isDomainError(e))
      return new Response(JSON.stringify({ allowed: false, brandName: null }), {
        status: 404,
        headers: cors,
      });
    throw e;
  }
}
