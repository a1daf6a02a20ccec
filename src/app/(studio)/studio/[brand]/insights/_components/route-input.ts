// The Insights pages' route params, parsed before anything else: a slug or id that cannot be one
// is a 404, never a query.
import { z } from "zod";
import { notFound } from "next/navigation";

const slugOrId = z.string().min(1).max(100);
const brandParams = z.object({ brand: slugOrId });
const eventParams = z.object({ brand: slugOrId, event: slugOrId });

export async function brandParamsOr404(params: Promise<unknown>) {
  const parsed = brandParams.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function eventParamsOr404(params: Promise<unknown>) {
  const parsed = eventParams.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data;
}
