// Who may read Insights is decided here, above loading.tsx: once the loading state streams, the
// response is a 200, so a page's own 404 for a role too low would come too late.
import { studioBrand } from "../../_lib/guard";
import { brandParamsOr404 } from "./_components/route-input";

export default async function InsightsGate({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ brand: string }>;
}) {
  const { brand } = await brandParamsOr404(params);
  await studioBrand(brand, "brand:read");
  return children;
}
