// The fan's tickets as a PDF, by the order's signed link (no account).
import { z } from "zod";
import { shopBrand } from "@/server/distribution";
import { orderForFan } from "@/server/checkout";
import { orderTicketsPdf } from "@/server/workflows";
import { isDomainError } from "@/server/platform/errors";

// The route's segments and the link's key, parsed before anything else: a bad one is a 404.
const linkInput = z.object({
  brand: z.string().min(1).max(64),
  order: z.string().min(1).max(64),
  key: z.string().max(200).default(""),
});

export async function GET(request: Request, { params }: { params: Promise<unknown> }) {
  const parsed = linkInput.safeParse({
    ...((await params) as object),
    key: new URL(request.url).searchParams.get("key") ?? undefined,
  });
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { brand: slug, order: orderId, key } = parsed.data;
  try {
    const brand = await shopBrand(slug);
    const order = await orderForFan(orderId, key);
    if (order.brandId !== brand.id) return new Response("Not found", { status: 404 });
    const { filename, pdf } = await orderTicketsPdf(brand.id, order.id);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    if (isDomainError(e)) return new Response("Not found", { status: 404 });
    throw e;
  }
}
