// An order's tickets as a PDF for the team (print them at the box office, or for a fan at the desk).
import { orderForBrand } from "@/server/checkout";
import { orderTicketsPdf } from "@/server/workflows";
import { z } from "zod";
import { segment, studioFile } from "../../../../_lib/studio-file";

const routeParams = z.object({ brand: segment, order: segment });

export async function GET(_request: Request, { params }: { params: Promise<unknown> }) {
  return studioFile(params, routeParams, "brand:read", async ({ brand }, { order: orderId }) => {
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
