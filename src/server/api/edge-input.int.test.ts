// Input is read once, at the edge (issue 14): every tRPC procedure declares its whole input as a
// zod schema — no open object, no `unknown` handed on for a workflow to read again — and bad input
// reads to a client as before: 400, the problem in words, Invalid at its field.
import { describe, it, expect, vi, beforeAll } from "vitest";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { z } from "zod";

vi.hoisted(() => {
  process.env.RATE_LIMIT_ORDERS_PER_MINUTE = "3";
});

const { appRouter, createCaller } = await import("@/server/api/root");
const { organizerWithEvent, buyer } = await import("@/test/fixtures");

type Def = { type: string; [k: string]: unknown };
/** Where a schema takes anything: an `unknown`/`any`, or an object that keeps keys it does not declare. */
function openings(schema: z.ZodType, at = "input"): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const inner = (s: unknown, p = at) => (s ? openings(s as z.ZodType, p) : []);
  switch (def.type) {
    case "unknown":
    case "any":
      return [at];
    case "object":
      return [
        ...(def.catchall ? [`${at}.*`] : []),
        ...Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, s]) => inner(s, `${at}.${k}`)),
      ];
    case "array":
      return inner(def.element, `${at}[]`);
    case "record":
      return [...inner(def.keyType, `${at}{key}`), ...inner(def.valueType, `${at}{}`)];
    case "union":
      return (def.options as z.ZodType[]).flatMap((o) => inner(o));
    case "pipe":
      return [
        ...inner(def.in),
        ...(def.out && (def.out as { _zod: { def: Def } })._zod.def.type !== "transform"
          ? inner(def.out)
          : []),
      ];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner(def.innerType);
    default:
      return [];
  }
}

describe("every procedure's input", () => {
  const procedures = Object.entries(
    (appRouter as unknown as { _def: { procedures: Record<string, { _def: { inputs: z.ZodType[] } }> } })._def
      .procedures,
  );

  it("is declared whole, with nothing left open for a workflow to read again", () => {
    expect(procedures.length).toBeGreaterThan(10);
    const open = procedures.flatMap(([name, p]) => {
      if (p._def.inputs.length === 0) return [`${name}: no input`];
      return p._def.inputs.flatMap((s) => openings(s)).map((o) => `${name}: ${o}`);
    });
    expect(open).toEqual([]);
  });
});

describe("bad input at the shop's edge", () => {
  let f: Awaited<ReturnType<typeof organizerWithEvent>>;
  beforeAll(async () => {
    f = await organizerWithEvent();
  });
  const caller = (clientKey: string) =>
    createCaller({ user: null, request: { clientKey, cookie: () => null, setCookie: () => {} } });
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error("expected a refusal");
      },
      (e: unknown) => {
        expect(e).toBeInstanceOf(TRPCError);
        const shape = appRouter._def._config.errorFormatter({
          shape: { message: "", code: 0, data: {} } as never,
          error: e as TRPCError,
          type: "mutation",
          path: undefined,
          input: undefined,
          ctx: undefined,
        }) as { message: string; data: { domainCode: string | null; details: { field?: string } | null } };
        return {
          status: getHTTPStatusCodeFromError(e as TRPCError),
          message: shape.message,
          code: shape.data.domainCode,
          field: shape.data.details?.field,
        };
      },
    );

  it("is refused in words, as Invalid at its field", async () => {
    const at = { brandSlug: f.brand.slug, eventId: f.event.id };
    const lines = [{ productId: f.productId, quantity: 1 }];
    expect(
      await refusal(caller("edge-1").shop.placeOrder({ ...at, lines, buyer: { ...buyer(), email: "nope" } })),
    ).toEqual({
      status: 400,
      message: "Enter a valid e-mail address, like you@example.com",
      code: "Invalid",
      field: "buyer.email",
    });
    expect(
      await refusal(
        caller("edge-2").shop.updateCart({ ...at, lines: [{ productId: f.productId, quantity: 0 }] }),
      ),
    ).toEqual({ status: 400, message: "Choose at least 1", code: "Invalid", field: "lines.0.quantity" });
    expect(
      await refusal(caller("edge-3").shop.checkoutCart({ brandSlug: f.brand.slug, buyer: 42 as never })),
    ).toMatchObject({ status: 400, code: "Invalid", field: "buyer" });
  });

  it("still counts against the order limit: a scripted client learns nothing for free", async () => {
    const c = caller("edge-4");
    const malformed = () => c.shop.placeOrder({ brandSlug: f.brand.slug } as never);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await refusal(malformed())).status);
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});
