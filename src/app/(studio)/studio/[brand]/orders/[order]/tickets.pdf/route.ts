// An order's tickets as a PDF for the team (print them at the box office, or for a fan at the desk).
import { currentUser } from "@/server/platform/auth";
import { requireMembership } from "@/server/distribution";
import { orderForBrand } from "@/server/checkout";
import { orderTicketsPdf } from "@/server/workflows";
import { isDomainError } from "@/server/platform/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ brand: string; order: string }> }) {
  const { brand: slug, order: orderId } = await params;
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  try {
    const { brand } = await requireMembership(user.id, slug, "brand:read");
    const order = await orderForBrand(brand.id, orderId);
    const { filename, pdf } = await orderTicketsPdf(brand.id, order.id);
    return new Response(new Uint8Array(pdf), { headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="${filename}"`, "cache-control": "private, no-store" } });
  } catch (e) {
    if (isDomainError(e)) return new Response("Not found.", { status: 404 });
    throw e;
  }
}
