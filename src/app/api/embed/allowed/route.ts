// embed.js asks here before it frames the shop, so a site the brand has not allowed gets a
// polite note with a link instead of a frame the browser blanks out. The Origin header is set by
// the browser (a page cannot forge it); the answer reveals only whether this origin is allowed.
import { embedAllowed, shopBrand } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";

const cors = {
  "access-control-allow-origin": "*",
  "cache-control": "no-store",
  "content-type": "application/json",
};

export async function GET(request: Request) {
  const slug = new URL(request.url).searchParams.get("brand") ?? "";
  try {
    const brand = await shopBrand(slug.slice(0, 60));
    const allowed = await embedAllowed(brand.slug, request.headers.get("origin"));
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
