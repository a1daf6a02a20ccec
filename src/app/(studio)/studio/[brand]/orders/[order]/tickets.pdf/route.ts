// An order's tickets as a PDF for the team (print them at the box office, or for a fan at the desk).
import { orderForBrand } from "@/server/checkout";
import { orderTicketsPdf } from "@/server/workflows";
import { studioFile } from "../../../../_lib/studio-file";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ brand: string; order: string }> },
) {
  const { brand: slug, order: orderId } = await params;
  return studioFile(slug, "brand:read", async ({ brand }) => {
    const order = await orderForBrand(brand.id, orderId);
    const { filename, pdf } = await orderTicketsPdf(brand.id, order.id);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  });
}
