// Pools: capacity and stock shared between products (a GA floor both day tickets draw from).
import { can } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { Card } from "@/components/ui";
import { addDrawAction, addPoolAction } from "./actions";
import { PoolsPanel } from "../_components/pools-panel";
import { catalogView, eventPools } from "../_components/catalog-view";
import { eventRoute, type EventParams } from "../_components/event-route";
import { studioT } from "../../../../_lib/locale";

export async function generateMetadata() {
  const t = await studioT("catalog");
  return { title: t("titles.pools") };
}

export default async function Pools({ params }: { params: EventParams }) {
  const { brand, role, event } = await eventRoute(params, "brand:read");
  const now = clock.now();
  const [{ labelOf }, t] = await Promise.all([catalogView(brand, event, now), studioT("catalog")]);
  const historyOf = (poolId: string) =>
    `/studio/${brand.slug}/insights/audit?stream=pool&id=${encodeURIComponent(poolId)}`;
  const pools = await eventPools(brand.id, event, now, labelOf);
  const sellable = event.products.filter((p) => p.kind !== "bundle");
  const drawOptions = sellable.flatMap((p) => [
    { value: `${p.id}:`, label: p.variants.length ? t("pools.everyVariant", { name: p.name }) : p.name },
    ...p.variants.map((v) => ({ value: `${p.id}:${v.id}`, label: `${p.name} — ${v.name}` })),
  ]);
  return (
    <Card>
      <h2 className="mb-1 font-semibold">{t("pools.heading")}</h2>
      <p className="mb-4 text-sm text-zinc-600">{t("pools.intro")}</p>
      {can(role, "catalog:write") ? (
        <PoolsPanel
          pools={pools}
          options={drawOptions}
          addPool={addPoolAction.bind(null, brand.slug, event.id)}
          addDraw={(poolId) => addDrawAction.bind(null, brand.slug, event.id, poolId)}
          historyOf={historyOf}
        />
      ) : (
        <PoolsPanel pools={pools} options={[]} addPool={null} addDraw={null} historyOf={historyOf} />
      )}
    </Card>
  );
}
