"use client";
import { useCallback, useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient, keepPreviousData } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { useLocale, useTranslations } from "use-intl";
import { moneyIn } from "@/components/format";
import { OfferCard, type CardChoice } from "@/components/offer-card";
import { QuoteSummary } from "@/components/quote-summary";
import { Countdown } from "@/components/countdown";

/**
 * sessionStorage where the browser allows it: a third-party frame may be denied it (SecurityError), and then
 * the cart lives in memory only.
 */
const frameStorage = {
  get(key: string): string | null {
    try {
      return typeof window === "undefined" ? null : window.sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window.sessionStorage.setItem(key, value);
    } catch {
      // Denied in this frame: the cart id stays in memory for this page view.
    }
  },
};

const emptyChoice = (): CardChoice => ({ quantity: 0, variantId: null, choices: {}, optional: [] });
/** A cart line as the server keeps it. */
type Line = NonNullable<RouterOutputs["shop"]["cart"]>["lines"][number];

function toLines(draft: Record<string, CardChoice>): Line[] {
  return Object.entries(draft)
    .filter(([, c]) => c.quantity !== 0)
    .map(([productId, c]) => ({
      productId,
      variantId: c.variantId,
      quantity: c.quantity,
      selection: { optional: c.optional, choices: c.choices },
    }));
}

function toDraft(lines: Line[]): Record<string, CardChoice> {
  return Object.fromEntries(
    lines.map((l) => [
      l.productId,
      {
        quantity: l.quantity,
        variantId: l.variantId ?? null,
        choices: l.selection?.choices ?? {},
        optional: l.selection?.optional ?? [],
      },
    ]),
  );
}

/** The checkout's refusal at its fields: the server names every problem at once ("buyer.name" → message). */
function fieldErrorsOf(
  error: { message: string; data?: { details?: Record<string, unknown> | null } | null } | null,
): Record<string, string> {
  const details = error?.data?.details;
  if (!error || !details) return {};
  if (details.fields && typeof details.fields === "object") return details.fields as Record<string, string>;
  return typeof details.field === "string" ? { [details.field]: error.message } : {};
}

/** A checkout field with its own message under it, tied to the input for screen readers. */
function CheckoutField({
  field,
  label,
  error,
  ...input
}: { field: string; label: ReactNode; error: string | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `checkout-${field.replaceAll(".", "-")}`;
  return (
    <div className="flex flex-col gap-1 text-sm font-medium">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-lg border border-zinc-300 px-3 py-2 font-normal aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600 aria-invalid:focus:outline-2 aria-invalid:focus:outline-offset-2 aria-invalid:focus:outline-red-600"
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className="font-normal text-red-700" data-field-error={field}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The shop's cart: choose (sizes, bundle options), reserve — the units are held for you, with a
 * countdown — then say who you are and pay. Availability and prices are live, from the server.
 */
export function BuyForm({
  brandSlug,
  eventId,
  embed,
}: {
  brandSlug: string;
  eventId: string;
  embed?: { pass: string | null };
}) {
  const trpc = useTRPC();
  const t = useTranslations("buy");
  const locale = useLocale();
  // Embedded in a brand's site, the cart id lives in this frame (sessionStorage, partitioned per
  // site), not in a cookie: browsers give third-party frames no cookies.
  const storageKey = `mq_cart_${brandSlug}`;
  const [cartToken, setCartToken] = useState<string | null>(() =>
    embed ? frameStorage.get(storageKey) : null,
  );
  const [payUrl, setPayUrl] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const [promoInput, setPromoInput] = useState("");
  const [promoCode, setPromoCode] = useState<string | null>(null);
  const channel = embed ? ("embed" as const) : ("shop" as const);
  const offer = useQuery({
    ...trpc.shop.offer.queryOptions({ brandSlug, eventId, promoCode, channel, language: locale }),
    refetchInterval: 10_000,
    placeholderData: keepPreviousData,
  });
  const cart = useQuery(trpc.shop.cart.queryOptions(embed ? { brandSlug, cartToken } : { brandSlug }));
  const [draft, setDraft] = useState<Record<string, CardChoice> | null>(null);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [address, setAddress] = useState({ line1: "", line2: "", postalCode: "", city: "", country: "" });
  const [attendees, setAttendees] = useState<string[]>([]);
  // Per field, so fixing one leaves the others marked until they are fixed too.
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const checkoutForm = useRef<HTMLFormElement>(null);

  const held = cart.data && cart.data.eventId === eventId ? cart.data : null;
  // Start from what is already reserved in this browser.
  useEffect(() => {
    if (draft === null && cart.isFetched) {
      setDraft(held ? toDraft(held.lines) : {});
      if (held?.promoCode) {
        setPromoInput(held.promoCode);
        setPromoCode(held.promoCode);
      }
    }
  }, [cart.isFetched, held, draft]);

  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.shop.cart.queryKey({ brandSlug }) });
    void queryClient.invalidateQueries({ queryKey: trpc.shop.offer.queryKey() });
  }, [queryClient, trpc, brandSlug]);
  const reserve = useMutation(
    trpc.shop.updateCart.mutationOptions({
      onSuccess: (view) => {
        if (embed && view.cartId !== cartToken) {
          frameStorage.set(storageKey, view.cartId);
          setCartToken(view.cartId);
        }
        refresh();
      },
    }),
  );
  const payWindow = useRef<Window | null>(null);
  const pay = useMutation(
    trpc.shop.checkoutCart.mutationOptions({
      onSuccess: (r) => {
        if (!embed) return window.location.assign(r.redirectUrl);
        // Payment pages (Stripe's among them) refuse to be framed: pay in a tab of its own.
        if (payWindow.current && !payWindow.current.closed) payWindow.current.location.href = r.redirectUrl;
        setPayUrl(r.redirectUrl);
        refresh();
      },
      onError: (error) => {
        payWindow.current?.close();
        setFieldErrors(fieldErrorsOf(error));
        refresh();
      },
    }),
  );
  // A refusal at the fields moves the focus to the first one marked, top to bottom.
  useEffect(() => {
    if (pay.isError) checkoutForm.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [pay.isError, pay.error]);
  /** The fan changed a field: its message goes, the others stay. */
  const edited = (...fields: string[]) => {
    pay.reset();
    setFieldErrors((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([f]) => !fields.includes(f))),
    );
  };

  const lines = toLines(draft ?? {});
  const quote = useQuery({
    ...trpc.shop.quote.queryOptions({ brandSlug, eventId, lines, promoCode, channel }),
    enabled: lines.length > 0 && lines.every((l) => l.quantity > 0),
    placeholderData: keepPreviousData,
    retry: false,
  });

  if (offer.isPending || draft === null) return <p className="text-zinc-500">{t("loading")}</p>;
  if (offer.isError) {
    // Too many wrong codes: the tickets are still there without one.
    const dropCode = () => {
      setPromoInput("");
      setPromoCode(null);
    };
    return (
      <div role="alert" className="text-red-700">
        <p>{offer.error.message}</p>
        {promoCode ? (
          <button type="button" onClick={dropCode} className="mt-2 underline">
            {t("withoutCode")}
          </button>
        ) : null}
      </div>
    );
  }
  const items = offer.data.items;
  const currency = offer.data.currency;
  const sameAsHeld =
    !!held &&
    held.state !== "empty" &&
    JSON.stringify(toLines(toDraft(held.lines))) === JSON.stringify(lines) &&
    (held.promoCode ?? null) === (promoCode ? promoCode.toUpperCase() : null);
  const state = held?.state ?? "empty";
  // Refusals at a field are shown there; the rest (the hold ended, a conflict) above the total.
  const atFields = Object.keys(fieldErrors).some((f) => f.startsWith("buyer."));
  const reserveNow = () => {
    pay.reset();
    reserve.mutate({ brandSlug, eventId, lines, promoCode, channel, ...(embed ? { cartToken } : {}) });
  };

  return (
    <div className="flex flex-col gap-5">
      {items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-zinc-300 p-6 text-center text-zinc-600">
          {t("nothingForEvent")}
        </p>
      ) : null}
      <div className="flex flex-col gap-4">
        {items.map((item) => (
          <OfferCard
            key={item.id}
            item={item}
            choice={draft[item.id] ?? emptyChoice()}
            onChange={(c) => {
              reserve.reset();
              setDraft({ ...draft, [item.id]: c });
            }}
          />
        ))}
      </div>

      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("promoCode")}
          <input
            value={promoInput}
            onChange={(e) => setPromoInput(e.target.value)}
            className="rounded-lg border border-zinc-300 px-3 py-2 font-mono uppercase"
            autoComplete="off"
          />
        </label>
        <button
          type="button"
          className="rounded-lg border border-zinc-300 bg-white px-4 py-2 font-medium hover:bg-zinc-50"
          onClick={() => setPromoCode(promoInput.trim() || null)}
        >
          {t("apply")}
        </button>
        {offer.data.promo ? (
          <p
            role="status"
            data-testid="promo-status"
            className={`text-sm ${offer.data.promo.valid ? "text-green-700" : "text-red-700"}`}
          >
            {offer.data.promo.valid
              ? t("codeApplied", { code: offer.data.promo.code })
              : offer.data.promo.message}
          </p>
        ) : null}
      </div>

      <section
        aria-label={t("yourOrder")}
        className="rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm"
      >
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("yourOrder")}</h2>
          {state === "held" && held?.expiresAt && sameAsHeld ? (
            <p className="text-sm text-zinc-700" data-testid="hold-status">
              {t("reservedFor")} <Countdown until={held.expiresAt} onEnd={refresh} />
            </p>
          ) : null}
        </div>
        {state === "expired" && sameAsHeld ? (
          <div
            role="alert"
            data-testid="hold-expired"
            className="mb-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            {t("reservationEnded")}{" "}
            <button type="button" className="font-semibold underline" onClick={reserveNow}>
              {t("reserveAgain")}
            </button>
          </div>
        ) : null}
        {payUrl ? (
          <p
            role="status"
            data-testid="embed-paying"
            className="mb-3 rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm"
          >
            {t("paymentOpened")}{" "}
            <a href={payUrl} target="_blank" rel="noopener" className="font-semibold underline">
              {t("openPaymentAgain")}
            </a>
          </p>
        ) : state === "paying" && sameAsHeld ? (
          <p className="mb-3 text-sm text-zinc-700">{t("payingElsewhere")}</p>
        ) : null}

        {lines.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("chooseAbove")}</p>
        ) : quote.isError ? (
          <p role="alert" data-testid="quote-error" className="text-sm text-red-700">
            {quote.error.message}
          </p>
        ) : (sameAsHeld && held?.quote) || quote.data ? (
          <QuoteSummary quote={(sameAsHeld && held?.quote) || quote.data!} />
        ) : (
          <p className="text-sm text-zinc-500">{t("workingOut")}</p>
        )}

        {reserve.isError ? (
          <p
            role="alert"
            data-testid="buy-error"
            className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {reserve.error.message}
          </p>
        ) : null}
        {lines.length > 0 && !(sameAsHeld && state === "held") ? (
          <button
            type="button"
            onClick={reserveNow}
            disabled={reserve.isPending || quote.isError}
            className="btn-brand ring-brand mt-4 w-full px-5 py-2.5 font-semibold hover:opacity-90 disabled:opacity-60"
          >
            {reserve.isPending
              ? t("reserving")
              : held && held.state === "held"
                ? t("updateReservation")
                : t("reserve")}
          </button>
        ) : null}
        {held && held.state !== "empty" && lines.length === 0 ? (
          <button
            type="button"
            onClick={reserveNow}
            className="mt-4 rounded-lg border border-zinc-300 px-4 py-2 text-sm"
          >
            {t("release")}
          </button>
        ) : null}

        {sameAsHeld && state === "held" ? (
          <form
            ref={checkoutForm}
            className="mt-5 flex flex-col gap-3"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setFieldErrors({});
              if (embed) {
                // Opened now, while the click counts as the fan's gesture; pointed at the payment page once
                // it exists.
                payWindow.current = window.open("", "_blank");
                if (payWindow.current) payWindow.current.opener = null;
              }
              pay.mutate({
                brandSlug,
                language: locale,
                buyer: {
                  name,
                  email,
                  address: held?.ships ? address : null,
                  attendees: held?.attendeeLabels
                    ? held.attendeeLabels.map((_, i) => attendees[i] || (i === 0 ? name : ""))
                    : null,
                },
                ...(embed ? { cartToken, embedPass: embed.pass } : {}),
              });
            }}
          >
            <div className="grid gap-3 sm:grid-cols-2">
              <CheckoutField
                field="buyer.name"
                label={t("yourName")}
                error={fieldErrors["buyer.name"]}
                value={name}
                onChange={(e) => {
                  // An empty first ticket takes the buyer's name: typing it answers that field too.
                  edited("buyer.name", ...(attendees[0] ? [] : ["buyer.attendees.0"]));
                  setName(e.target.value);
                }}
                autoComplete="name"
              />
              <CheckoutField
                field="buyer.email"
                label={t("email")}
                error={fieldErrors["buyer.email"]}
                type="email"
                value={email}
                onChange={(e) => {
                  edited("buyer.email");
                  setEmail(e.target.value);
                }}
                autoComplete="email"
              />
            </div>
            {held?.attendeeLabels?.length ? (
              <fieldset className="grid gap-3 sm:grid-cols-2" data-testid="attendee-names">
                <legend className="mb-1 text-sm font-semibold">{t("whoIsComing")}</legend>
                {held.attendeeLabels.map((label, i) => (
                  <CheckoutField
                    key={i}
                    field={`buyer.attendees.${i}`}
                    label={t("ticketLabel", { number: i + 1, label })}
                    error={fieldErrors[`buyer.attendees.${i}`]}
                    value={attendees[i] ?? ""}
                    onChange={(e) => {
                      edited(`buyer.attendees.${i}`);
                      setAttendees((a) => Object.assign([...a], { [i]: e.target.value }));
                    }}
                    placeholder={i === 0 ? name : ""}
                    autoComplete={i === 0 ? "name" : "off"}
                  />
                ))}
              </fieldset>
            ) : null}
            {held?.ships ? (
              <fieldset className="grid gap-3 sm:grid-cols-2" data-testid="shipping-address">
                <legend className="mb-1 text-sm font-semibold">{t("shippingAddress")}</legend>
                {(
                  [
                    ["line1", t("line1"), "address-line1"],
                    ["line2", t("line2"), "address-line2"],
                    ["postalCode", t("postalCode"), "postal-code"],
                    ["city", t("city"), "address-level2"],
                    ["country", t("country"), "country-name"],
                  ] as const
                ).map(([key, label, autoComplete]) => (
                  <CheckoutField
                    key={key}
                    field={`buyer.address.${key}`}
                    label={label}
                    error={fieldErrors[`buyer.address.${key}`]}
                    value={address[key]}
                    onChange={(e) => {
                      edited(`buyer.address.${key}`);
                      setAddress((a) => ({ ...a, [key]: e.target.value }));
                    }}
                    autoComplete={`shipping ${autoComplete}`}
                  />
                ))}
              </fieldset>
            ) : null}
            {pay.isError && !atFields ? (
              <p
                role="alert"
                data-testid="pay-error"
                className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
              >
                {pay.error.message}
              </p>
            ) : null}
            <div className="flex items-center justify-between">
              <p className="text-lg">
                {t("total")}{" "}
                <strong data-testid="cart-total">{moneyIn(locale)(held?.quote?.total ?? 0, currency)}</strong>
              </p>
              <button
                type="submit"
                disabled={pay.isPending || pay.isSuccess}
                className="btn-brand ring-brand px-5 py-2.5 font-semibold hover:opacity-90 disabled:opacity-60"
              >
                {pay.isPending || pay.isSuccess ? t("openingPayment") : t("continue")}
              </button>
            </div>
          </form>
        ) : null}
      </section>
    </div>
  );
}
