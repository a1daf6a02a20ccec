// Who may read the event's Insights is decided here, above loading.tsx: once the loading state
// streams, the response is a 200, so the page's own 404 for a role too low would come too late.
import { studioBrand, studioEventOr404 } from "../../../../_lib/guard";
import { eventParamsOr404 } from "../../../insights/_components/route-input";

export default async function EventInsightsGate({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ brand: string; event: string }>;
}) {
  const { brand: slug, event } = await eventParamsOr404(params);
  const { brand } = await studioBrand(slug, "brand:read");
  await studioEventOr404(brand.id, event);
  return children;
}
