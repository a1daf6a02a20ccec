// The SQL hold path against the pure rules: random sequences of holds (tickets, bundles with a
// choice, over two or three pools), releases, expiries (the clock moves; the job runs or not),
// and confirmations run through PostgreSQL and through decideHold/decideRelease on plain data.
// Same answers, same counters after every step, and the pools' counters agree with their holds.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { transaction } from "@/server/platform/unit-of-work";
import { isDomainError } from "@/server/platform/errors";
import * as inventory from "@/server/inventory";
import {
  decideHold,
  decideRelease,
  mergeDraws,
  poolFree,
  type DrawState,
  type PoolState,
} from "./model/availability";
import { sharedPoolSetup } from "@/test/fixtures";

const HOLD_MS = 10 * 60_000;

type Product = { id: string; draws: number[][] }; // per choice: units drawn from pool i (0 = none)
const scenario = fc.integer({ min: 2, max: 3 }).chain((poolCount) =>
  fc.record({
    capacities: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: poolCount, maxLength: poolCount }),
    // A ticket draws one pool; a bundle draws some pools itself plus one of two choices.
    products: fc.array(
      fc.oneof(
        fc
          .record({ pool: fc.nat({ max: poolCount - 1 }), units: fc.integer({ min: 1, max: 2 }) })
          .map(({ pool, units }) => [Array.from({ length: poolCount }, (_, i) => (i === pool ? units : 0))]),
        fc
          .tuple(
            fc.array(fc.nat({ max: 2 }), { minLength: poolCount, maxLength: poolCount }),
            fc.nat({ max: poolCount - 1 }),
            fc.nat({ max: poolCount - 1 }),
          )
          .map(([own, a, b]) => [a, b].map((chosen) => own.map((u, i) => u + (i === chosen ? 1 : 0)))),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    steps: fc.array(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            kind: fc.constant("hold" as const),
            lines: fc.array(
              fc.record({
                product: fc.nat({ max: 2 }),
                choice: fc.nat({ max: 1 }),
                quantity: fc.integer({ min: 1, max: 3 }),
              }),
              { minLength: 1, maxLength: 2 },
            ),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({ kind: fc.constant("release" as const), hold: fc.nat({ max: 9 }) }),
        },
        {
          weight: 1,
          arbitrary: fc.record({ kind: fc.constant("expireJob" as const), hold: fc.nat({ max: 9 }) }),
        },
        {
          weight: 2,
          arbitrary: fc.record({ kind: fc.constant("confirm" as const), hold: fc.nat({ max: 9 }) }),
        },
        {
          // Some holds end (10 minutes), some not yet: the expiry job runs only when a step says so.
          weight: 2,
          arbitrary: fc.record({ kind: fc.constant("wait" as const), minutes: fc.constantFrom(3, 11) }),
        },
      ),
      { minLength: 4, maxLength: 16 },
    ),
  }),
);

type ModelHold = {
  id: string;
  status: "active" | "confirmed" | "released" | "expired";
  expiresAt: number;
  lines: { poolId: string; units: number }[];
  reclaimed: boolean;
};

function answerOf(e: unknown) {
  if (isDomainError(e)) return { code: e.code, message: e.message };
  throw e;
}

describe("the SQL hold path, step by step against the pure rules", () => {
  it("gives the same answers and keeps the same counters as decideHold/decideRelease", async () => {
    const s = await sharedPoolSetup(2);
    const brandId = s.brand.id;
    const meta = { actor: "test", brandId, correlationId: "property", causationId: null };
    const actor = { kind: "system" as const, label: "test" };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ capacities, products: rawProducts, steps }) => {
        run++;
        const poolIds: string[] = [];
        for (const [i, capacity] of capacities.entries())
          poolIds.push(
            (
              await transaction((uow) =>
                inventory.createPool(uow, actor, brandId, { name: `P${run}.${i}`, capacity }),
              )
            ).poolId,
          );
        const products: Product[] = rawProducts.map((draws, i) => ({ id: `prd_${run}_${i}`, draws }));
        const model = {
          pools: new Map(poolIds.map((id, i) => [id, { capacity: capacities[i]!, sold: 0 }])),
          holds: [] as ModelHold[],
        };
        let now = Date.UTC(2030, 0, 1) + run * 86_400_000;
        const modelPools = (): Map<string, PoolState> =>
          new Map(
            poolIds.map((id) => {
              const p = model.pools.get(id)!;
              const held = model.holds
                .filter((h) => h.status === "active" && h.expiresAt > now)
                .flatMap((h) => h.lines)
                .filter((l) => l.poolId === id)
                .reduce((n, l) => n + l.units, 0);
              return [id, { id, name: id, capacity: p.capacity, sold: p.sold, held }];
            }),
          );

        for (const step of steps) {
          if (step.kind === "wait") {
            now += step.minutes * 60_000;
          } else if (step.kind === "hold") {
            const lines = step.lines.map(({ product, choice, quantity }) => {
              const p = products[product % products.length]!;
              const units = p.draws[choice % p.draws.length]!;
              const draws: DrawState[] = mergeDraws([
                { draws: units.map((u, i) => ({ poolId: poolIds[i]!, units: u })), times: 1 },
              ]);
              return { productId: p.id, variantId: null, productName: p.id, quantity, draws };
            });
            let expected: unknown;
            let held: ReturnType<typeof decideHold> = [];
            try {
              held = decideHold(lines, modelPools());
              expected = { ok: true };
            } catch (e) {
              expected = answerOf(e);
            }
            let actual: unknown;
            let holdId = "";
            try {
              holdId = (
                await transaction((uow) =>
                  inventory.placeHold(uow, meta, brandId, lines, new Date(now), new Date(now + HOLD_MS)),
                )
              ).holdId;
              actual = { ok: true };
            } catch (e) {
              actual = answerOf(e);
            }
            expect({ step, answer: actual }).toEqual({ step, answer: expected });
            if (holdId)
              model.holds.push({
                id: holdId,
                status: "active",
                expiresAt: now + HOLD_MS,
                lines: held,
                reclaimed: false,
              });
          } else {
            const h = model.holds[step.hold % Math.max(1, model.holds.length)];
            if (!h) continue;
            if (step.kind === "release") {
              await inventory.releaseHold(meta, h.id);
              if (decideRelease(h).length > 0) h.status = "released";
            } else if (step.kind === "expireJob") {
              await inventory.expireHold(h.id, new Date(now));
              if (h.status === "active" && h.expiresAt <= now) h.status = "expired";
            } else {
              const { confirmed } = await inventory.confirmHold(meta, h.id, new Date(now), `order_${h.id}`);
              let expected: boolean;
              if (h.status === "confirmed" || h.reclaimed) expected = true;
              else if (h.status === "active" && h.expiresAt > now) {
                for (const l of h.lines) model.pools.get(l.poolId)!.sold += l.units;
                h.status = "confirmed";
                expected = true;
              } else {
                // Paid after the hold ended: sold only if every pool still has the units.
                if (h.status === "active") h.status = "expired";
                const pools = modelPools();
                const need = new Map<string, number>();
                for (const l of h.lines) need.set(l.poolId, (need.get(l.poolId) ?? 0) + l.units);
                expected = [...need].every(([id, u]) => poolFree(pools.get(id)!) >= u);
                if (expected) {
                  for (const [id, u] of need) model.pools.get(id)!.sold += u;
                  h.reclaimed = true;
                }
              }
              expect({ step, confirmed }).toEqual({ step, confirmed: expected });
            }
          }
          // The counters fans see, right now: the same in PostgreSQL and in the model.
          const sql = await inventory.poolStates(poolIds, new Date(now));
          expect({ step, pools: poolIds.map((id) => sql.get(id)) }).toEqual({
            step,
            pools: poolIds.map((id) => ({ ...modelPools().get(id)!, name: expect.any(String) })),
          });
        }
        expect((await inventory.checkPools()).breaks).toEqual([]);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
