"use client";
// One thing on sale, as the fan sees it: price and phase, how many are left, sizes, a bundle's
// contents, options and saving, and the quantity. Presentational: the parent owns the cart.
import type { RouterOutputs } from "@/app/_trpc/types";
import { useLocale, useTranslations } from "use-intl";
import { LOW_STOCK, moneyIn } from "./format";

/** One thing on sale, as the shop's offer procedure gives it. */
export type OfferCardItem = RouterOutputs["shop"]["offer"]["items"][number];
export type CardChoice = {
  quantity: number;
  variantId: string | null;
  choices: Record<string, string>;
  optional: string[];
};

type Words = ReturnType<typeof useTranslations<"offer">>;

function timeLeft(endsAt: string, t: Words): string {
  const ms = new Date(endsAt).getTime() - Date.now();
  const days = Math.floor(ms / 86_400_000);
  if (days >= 2) return t("daysLeft", { days });
  const hours = Math.max(1, Math.floor(ms / 3_600_000));
  return hours >= 24 ? t("oneDayLeft") : t("hoursLeft", { hours });
}

/** "Sold out", "Only 3 left", or nothing while plenty are left. */
function stockWords(available: number, t: Words): string | null {
  if (available <= 0) return t("soldOut");
  if (available <= LOW_STOCK) return t("onlyLeft", { count: available });
  return null;
}

export function OfferCard({
  item,
  choice,
  onChange,
}: {
  item: OfferCardItem;
  choice: CardChoice;
  onChange: (c: CardChoice) => void;
}) {
  const t = useTranslations("offer");
  const formatMoney = moneyIn(useLocale());
  const variant = item.variants.find((v) => v.id === choice.variantId);
  const available = item.variants.length ? (variant?.available ?? item.available) : item.available;
  const soldOut = item.available <= 0;
  // Sold out may mean "the last ones are in your cart": what the fan holds, they can still change.
  const disabled = !item.onSale || (soldOut && choice.quantity === 0);
  const stock = item.onSale
    ? stockWords(available, t)
    : item.notOnSaleReason === "not_yet"
      ? t("notYet")
      : t("ended");
  const p = item.price;
  return (
    <article
      className={`rounded-2xl border bg-white p-5 shadow-sm ${disabled ? "border-zinc-200 opacity-70" : "border-zinc-200"}`}
      data-testid={`offer-${item.id}`}
      aria-label={item.name}
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1">
          <h3 className="text-lg font-semibold">
            {item.name}{" "}
            {item.kind === "bundle" ? (
              <span className="bg-accent ml-1 rounded-full px-2 py-0.5 align-middle text-xs font-medium">
                {t("bundle")}
              </span>
            ) : null}
          </h3>
          {item.description ? <p className="text-sm text-zinc-600">{item.description}</p> : null}
          {p ? (
            <p className="mt-1 text-sm text-zinc-700">
              <strong className="text-base text-zinc-900">{formatMoney(p.amount, p.currency)}</strong>
              {p.phaseName ? (
                <span data-testid="phase">
                  {" "}
                  · {p.phaseName}
                  {p.endsAt
                    ? ` — ${timeLeft(p.endsAt, t)}`
                    : p.leftAtThisPrice !== null
                      ? ` — ${t("leftAtPrice", { count: p.leftAtThisPrice })}`
                      : ""}
                  {p.nextPrice !== null
                    ? `, ${t("then", { price: formatMoney(p.nextPrice, p.currency) })}`
                    : ""}
                </span>
              ) : null}
            </p>
          ) : null}
          {item.bundle && item.bundle.saving > 0 && p ? (
            <p className="mt-1 text-sm font-medium text-green-700" data-testid="saving">
              {t("save", {
                saving: formatMoney(item.bundle.saving, p.currency),
                total: formatMoney(item.bundle.standaloneTotal, p.currency),
              })}
            </p>
          ) : null}
          {stock ? (
            <p
              className={`mt-1 text-sm font-medium ${available <= 0 || !item.onSale ? "text-red-700" : "text-amber-700"}`}
              data-testid="stock"
            >
              {stock}
            </p>
          ) : null}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <span className="text-zinc-600">{t("qty")}</span>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={Math.max(0, Math.min(item.maxPerOrder, available))}
            aria-label={t("quantityOf", { name: item.name })}
            value={choice.quantity}
            disabled={disabled}
            onChange={(e) => onChange({ ...choice, quantity: Math.max(0, Number(e.target.value) || 0) })}
            className="w-20 rounded-lg border border-zinc-300 px-2 py-1.5 text-right disabled:bg-zinc-100"
          />
        </label>
      </div>

      {item.variants.length > 0 ? (
        <label className="mt-3 flex items-center gap-2 text-sm">
          <span className="font-medium">{t("sizeColour")}</span>
          <select
            aria-label={t("variantOf", { name: item.name })}
            value={choice.variantId ?? ""}
            disabled={disabled}
            onChange={(e) => onChange({ ...choice, variantId: e.target.value || null })}
            className="rounded-lg border border-zinc-300 px-2 py-1.5"
          >
            <option value="">{t("choose")}</option>
            {item.variants.map((v) => (
              <option key={v.id} value={v.id} disabled={v.available <= 0}>
                {v.name}
                {v.available <= 0
                  ? ` — ${t("variantSoldOut")}`
                  : v.available <= LOW_STOCK
                    ? ` — ${t("variantOnly", { count: v.available })}`
                    : ""}
              </option>
            ))}
          </select>
        </label>
      ) : null}

      {item.bundle ? (
        <div className="mt-3 flex flex-col gap-3 text-sm">
          <div>
            <p className="font-medium">{t("includes")}</p>
            <ul className="list-inside list-disc text-zinc-700" data-testid="bundle-contents">
              {item.bundle.parts.map((part) => (
                <li key={part.componentId}>
                  {part.quantity > 1 ? `${part.quantity} × ` : ""}
                  {part.name}
                  {part.variantName ? ` (${part.variantName})` : ""}
                </li>
              ))}
              {item.bundle.groups.map((g) => (
                <li key={g.name}>{t("oneOfChoice", { group: g.label })}</li>
              ))}
            </ul>
          </div>
          {item.bundle.groups.map((g) => (
            <fieldset key={g.name} className="flex flex-wrap gap-2" disabled={disabled}>
              <legend className="mb-1 w-full font-medium">{t("chooseGroup", { group: g.label })}</legend>
              {g.options.map((o) => (
                <label
                  key={o.componentId}
                  className={optionClass(choice.choices[g.name] === o.componentId, o.available <= 0)}
                >
                  <input
                    type="radio"
                    name={`${item.id}-${g.name}`}
                    value={o.componentId}
                    checked={choice.choices[g.name] === o.componentId}
                    disabled={o.available <= 0}
                    onChange={() =>
                      onChange({ ...choice, choices: { ...choice.choices, [g.name]: o.componentId } })
                    }
                  />
                  {o.label}
                </label>
              ))}
            </fieldset>
          ))}
          {item.bundle.optional.map((o) => (
            <label key={o.componentId} className="flex items-center gap-2">
              <input
                type="checkbox"
                disabled={disabled}
                checked={choice.optional.includes(o.componentId)}
                onChange={(e) =>
                  onChange({
                    ...choice,
                    optional: e.target.checked
                      ? [...choice.optional, o.componentId]
                      : choice.optional.filter((x) => x !== o.componentId),
                  })
                }
              />
              {t("add", { option: o.label })}
            </label>
          ))}
        </div>
      ) : null}
    </article>
  );
}

/** A choice's option: marked when chosen, struck through when none is left. */
const optionClass = (chosen: boolean, gone: boolean) =>
  [
    "flex items-center gap-1.5 rounded-lg border px-3 py-1.5",
    chosen ? "border-brand bg-zinc-50" : "border-zinc-300",
    gone ? "text-zinc-400 line-through" : "",
  ].join(" ");
