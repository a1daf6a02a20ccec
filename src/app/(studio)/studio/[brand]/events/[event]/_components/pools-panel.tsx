// Pools as a picture: how full each is (sold, held, free) and which products draw from it.
import Link from "next/link";
import type { FormState } from "@/components/action-form";
import { studioT } from "../../../../_lib/locale";
import { AddDrawForm, AddPoolForm } from "./pool-forms";

export type PoolView = {
  id: string;
  name: string;
  capacity: number;
  sold: number;
  held: number;
  drawers: { label: string; units: number }[];
};

export async function PoolsPanel({
  pools,
  options,
  addPool,
  addDraw,
  historyOf,
}: {
  pools: PoolView[];
  options: { value: string; label: string }[];
  /** Null for those who may look but not change the catalog: the pools without their forms. */
  addPool: ((s: FormState, fd: FormData) => Promise<FormState>) | null;
  addDraw: ((poolId: string) => (s: FormState, fd: FormData) => Promise<FormState>) | null;
  /** The address of a pool's history (the audit explorer filtered to it). */
  historyOf: (poolId: string) => string;
}) {
  const t = await studioT("catalog");
  return (
    <div className="flex flex-col gap-4">
      {pools.length === 0 ? <p className="text-sm text-zinc-600">{t("pools.noPools")}</p> : null}
      {pools.map((p) => {
        const pct = (n: number) => (p.capacity ? Math.min(100, (n / p.capacity) * 100) : 0);
        const free = Math.max(0, p.capacity - p.sold - p.held);
        const fill = { name: p.name, sold: p.sold, held: p.held, free, capacity: p.capacity };
        return (
          <div key={p.id} className="rounded-xl border border-zinc-200 p-4" data-testid={`pool-${p.name}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-medium">{p.name}</p>
              <p className="text-sm text-zinc-600">
                {t("pools.fill", fill)} ·{" "}
                <Link
                  href={historyOf(p.id)}
                  className="underline"
                  aria-label={t("pools.historyOf", { name: p.name })}
                >
                  {t("pools.history")}
                </Link>
              </p>
            </div>
            <div
              className="mt-2 flex h-3 overflow-hidden rounded-full bg-zinc-100"
              role="img"
              aria-label={t("pools.fillPicture", fill)}
            >
              <div className="bg-brand bg-violet-600" style={{ width: `${pct(p.sold)}%` }} />
              <div className="bg-amber-400" style={{ width: `${pct(p.held)}%` }} />
            </div>
            <ul className="mt-2 flex flex-wrap gap-2 text-xs">
              {p.drawers.map((d) => (
                <li key={d.label} className="rounded-full bg-zinc-100 px-2 py-0.5">
                  ← {d.label}
                  {d.units > 1 ? ` × ${d.units}` : ""}
                </li>
              ))}
            </ul>
            {addDraw ? <AddDrawForm action={addDraw(p.id)} options={options} /> : null}
          </div>
        );
      })}
      {addPool ? <AddPoolForm action={addPool} options={options} /> : null}
    </div>
  );
}
