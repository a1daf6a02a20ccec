// The fan's tickets as a PDF, by the order's signed link (no account).
import { shopBrand } from "@/server/distribution";
import { orderForFan } from "@/server/checkout";
import { orderTicketsPdf } from "@/server/workflows";
import { isDomainError } from "@/server/platform/errors";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ brand: string; order: string }> },
) {
  const { brand: slug, order: orderId } = await params;
  const key = new URL(request.url).searchParams.get("key") ?? "";
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
