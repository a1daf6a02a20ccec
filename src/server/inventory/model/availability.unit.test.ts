import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import {
  availabilityOf,
  decideConfirm,
  decideReclaim,
  decideExpire,
  decideHold,
  decideRelease,
  holdDemand,
  poolFree,
  type HoldRequestLine,
  type HoldStatus,
  type PoolState,
} from "./availability";

function pool(id: string, capacity: number, sold = 0, held = 0): PoolState {
  return { id, name: `Pool ${id}`, capacity, sold, held };
}
function poolsOf(...ps: PoolState[]): Map<string, PoolState> {
  return new Map(ps.map((p) => [p.id, p]));
}
describe("poolFree", () => {
  it("is capacity minus sold minus held", () => {
    expect(poolFree(pool("a", 100, 30, 20))).toBe(50);
  });

  it("is zero when the pool is exactly used up", () => {
    expect(poolFree(pool("a", 10, 6, 4))).toBe(0);
  });

  it("never goes negative when sold and held exceed capacity", () => {
    expect(poolFree(pool("a", 10, 8, 5))).toBe(0);
    expect(poolFree(pool("a", 0, 3, 0))).toBe(0);
  });
});

describe("availabilityOf", () => {
  it("is the free units of a single pool when one unit is drawn per ticket", () => {
    expect(availabilityOf([{ poolId: "a", units: 1 }], poolsOf(pool("a", 10, 3, 2)))).toBe(5);
  });

  it("rounds down when a product draws two units from a pool", () => {
    // 7 free, 2 per ticket → 3 tickets (the 7th unit cannot make a whole ticket)
    expect(availabilityOf([{ poolId: "a", units: 2 }], poolsOf(pool("a", 10, 3, 0)))).toBe(3);
  });

  it("is limited by the smaller pool when a product draws from two pools", () => {
    const pools = poolsOf(pool("floor", 100), pool("parking", 4));
    expect(
      availabilityOf(
        [
          { poolId: "floor", units: 1 },
          { poolId: "parking", units: 1 },
        ],
        pools,
      ),
    ).toBe(4);
  });

  it("combines units drawn and pool sizes to find the limiting pool", () => {
    // floor: 10 free / 1 = 10; vip: 9 free / 3 = 3
    const pools = poolsOf(pool("floor", 10), pool("vip", 9));
    expect(
      availabilityOf(
        [
          { poolId: "floor", units: 1 },
          { poolId: "vip", units: 3 },
        ],
        pools,
      ),
    ).toBe(3);
  });

  it("is zero when a drawn pool does not exist", () => {
    const pools = poolsOf(pool("floor", 100));
    expect(
      availabilityOf(
        [
          { poolId: "floor", units: 1 },
          { poolId: "ghost", units: 1 },
        ],
        pools,
      ),
    ).toBe(0);
  });

  it("is zero for a product that draws from no pool", () => {
    expect(availabilityOf([], poolsOf(pool("floor", 100)))).toBe(0);
  });

  it("subtracts units already demanded by earlier lines of the same cart", () => {
    const demanded = new Map([["a", 6]]);
    expect(availabilityOf([{ poolId: "a", units: 1 }], poolsOf(pool("a", 10)), demanded)).toBe(4);
  });

  it("is zero, not negative, when earlier lines demand more than is free", () => {
    const demanded = new Map([["a", 50]]);
    expect(availabilityOf([{ poolId: "a", units: 1 }], poolsOf(pool("a", 10)), demanded)).toBe(0);
  });
});

describe("decideHold", () => {
  const line = (
    productId: string,
    quantity: number,
    draws = [{ poolId: "ga", units: 1 }],
    productName = productId,
  ): HoldRequestLine => ({
    productId,
    productName,
    quantity,
    draws,
  });

  describe("given two lines sharing one pool", () => {
    describe("when the second line does not fit in what the first leaves", () => {
      const pools = poolsOf(pool("ga", 5));
      const lines = [line("early", 3, undefined, "Early Bird"), line("regular", 3, undefined, "Regular")];

      it("refuses the whole hold as SoldOut, naming the line that does not fit and what is left", () => {
        const e = thrown(() => decideHold(lines, pools));
        expect(e.code).toBe("SoldOut");
        expect(e.message).toBe("Only 2 Regular are left.");
        expect(e.details).toEqual({ productId: "regular", remaining: 2 });
      });
    });

    describe("when exactly one ticket is left for the second line", () => {
      it("says it in the singular", () => {
        const e = thrown(() =>
          decideHold(
            [line("a", 4, undefined, "Early Bird"), line("b", 2, undefined, "Regular")],
            poolsOf(pool("ga", 5)),
          ),
        );
        expect(e.message).toBe("Only 1 Regular is left.");
        expect(e.details).toEqual({ productId: "b", remaining: 1 });
      });
    });

    describe("when nothing is left for the second line", () => {
      it("says the product is sold out", () => {
        const e = thrown(() =>
          decideHold(
            [line("a", 5, undefined, "Early Bird"), line("b", 1, undefined, "Regular")],
            poolsOf(pool("ga", 5)),
          ),
        );
        expect(e.code).toBe("SoldOut");
        expect(e.message).toBe("Regular is sold out.");
        expect(e.details).toEqual({ productId: "b", remaining: 0 });
      });
    });

    describe("when both lines fit exactly", () => {
      it("holds both lines", () => {
        const held = decideHold([line("a", 3), line("b", 2)], poolsOf(pool("ga", 5)));
        expect(held).toEqual([
          { productId: "a", poolId: "ga", quantity: 3, units: 3 },
          { productId: "b", poolId: "ga", quantity: 2, units: 2 },
        ]);
      });
    });
  });

  describe("when a pool is already fully sold and held", () => {
    it("refuses with SoldOut", () => {
      const e = thrown(() => decideHold([line("a", 1, undefined, "GA")], poolsOf(pool("ga", 10, 7, 3))));
      expect(e.code).toBe("SoldOut");
      expect(e.message).toBe("GA is sold out.");
    });
  });

  describe("when a product draws several units from several pools", () => {
    it("holds units = draw units × quantity for every pool drawn", () => {
      const draws = [
        { poolId: "seats", units: 2 },
        { poolId: "parking", units: 1 },
      ];
      const held = decideHold([line("family", 3, draws)], poolsOf(pool("seats", 6), pool("parking", 3)));
      expect(held).toEqual([
        { productId: "family", poolId: "seats", quantity: 3, units: 6 },
        { productId: "family", poolId: "parking", quantity: 3, units: 3 },
      ]);
    });

    it("refuses when the multi-unit draw leaves less than the quantity", () => {
      const draws = [{ poolId: "seats", units: 2 }];
      const e = thrown(() => decideHold([line("family", 3, draws, "Family")], poolsOf(pool("seats", 5))));
      expect(e.code).toBe("SoldOut");
      expect(e.message).toBe("Only 2 Family are left.");
    });
  });

  describe("when a line asks for no tickets", () => {
    it("refuses as Invalid", () => {
      const e = thrown(() => decideHold([line("a", 0, undefined, "GA")], poolsOf(pool("ga", 5))));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Choose at least one GA.");
    });
  });

  describe("when a line asks for a fractional or negative quantity", () => {
    it("refuses as Invalid", () => {
      expect(thrown(() => decideHold([line("a", 1.5)], poolsOf(pool("ga", 5)))).code).toBe("Invalid");
      expect(thrown(() => decideHold([line("a", -1)], poolsOf(pool("ga", 5)))).code).toBe("Invalid");
    });
  });

  describe("when a product draws from no pool", () => {
    it("refuses as Invalid: it is not for sale", () => {
      const e = thrown(() => decideHold([line("a", 1, [], "Ghost Ticket")], poolsOf(pool("ga", 5))));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Ghost Ticket is not for sale.");
    });
  });

  describe("when the cart is empty", () => {
    it("holds nothing", () => {
      expect(decideHold([], poolsOf(pool("ga", 5)))).toEqual([]);
    });
  });
});

describe("decideConfirm: the order paying for a hold", () => {
  const now = new Date("2026-07-01T12:00:00Z");
  const later = new Date("2026-07-01T12:10:00Z");
  const given = (status: HoldStatus, ownerRef: string | null = "ord_1", expiresAt = later) => ({
    id: "hold_1",
    status,
    expiresAt,
    ownerRef,
  });

  it("given its live hold, sells it: HoldConfirmed", () => {
    expect(decideConfirm(given("active"), "ord_1", now)).toEqual({
      then: "confirm",
      events: [{ type: "HoldConfirmed", payload: { holdId: "hold_1" } }],
    });
    expect(decideConfirm(given("active", null), "ord_1", now).then).toBe("confirm");
  });

  it("given its hold already sold, does nothing more (a redelivery)", () => {
    expect(decideConfirm(given("confirmed"), "ord_1", now)).toEqual({ then: "done" });
  });

  it("given a hold that ended or is another order's, reclaims its units (the money came anyway)", () => {
    for (const status of ["expired", "released"] as const)
      expect(decideConfirm(given(status), "ord_1", now)).toEqual({ then: "reclaim" });
    expect(decideConfirm(given("active", "ord_1", now), "ord_1", now).then).toBe("reclaim");
    expect(decideConfirm(given("active", "ord_2"), "ord_1", now).then).toBe("reclaim");
    expect(decideConfirm(given("confirmed", "ord_2"), "ord_1", now).then).toBe("reclaim");
  });
});

describe("decideReclaim", () => {
  it("sells the units as a hold of the order's own when every pool had room", () => {
    expect(decideReclaim("hold_1", "ord_1", "hold_reclaim_ord_1", true)).toEqual([
      { type: "HoldConfirmed", payload: { holdId: "hold_reclaim_ord_1", reclaimedFrom: "hold_1" } },
    ]);
  });

  it("sells nothing when a pool had no room: the order is refunded", () => {
    expect(decideReclaim("hold_1", "ord_1", "hold_reclaim_ord_1", false)).toEqual([
      { type: "HoldNotReclaimed", payload: { holdId: "hold_1", ownerRef: "ord_1" } },
    ]);
  });
});

describe("decideExpire", () => {
  const expiresAt = new Date("2026-07-01T12:00:00Z");
  const before = new Date("2026-07-01T11:59:59Z");
  const after = new Date("2026-07-01T12:00:01Z");
  const hold = (status: HoldStatus) => ({ id: "hold_1", status, expiresAt });
  const expired = [{ type: "HoldExpired", payload: { holdId: "hold_1" } }];

  it("expires an active hold past its expiry", () => {
    expect(decideExpire(hold("active"), after)).toEqual(expired);
  });

  it("expires an active hold at the exact expiry instant", () => {
    expect(decideExpire(hold("active"), expiresAt)).toEqual(expired);
  });

  it("keeps an active hold before its expiry", () => {
    expect(decideExpire(hold("active"), before)).toEqual([]);
  });

  it.each<HoldStatus>(["confirmed", "released", "expired"])(
    "never expires a %s hold, even past expiry",
    (status) => {
      expect(decideExpire(hold(status), after)).toEqual([]);
    },
  );
});

describe("releasing a hold", () => {
  it("releases an active hold", () => {
    expect(decideRelease({ id: "hold_1", status: "active" })).toEqual([
      { type: "HoldReleased", payload: { holdId: "hold_1" } },
    ]);
  });
  it("leaves a confirmed, released or expired hold as it is", () => {
    for (const status of ["confirmed", "released", "expired"] as const)
      expect(decideRelease({ id: "hold_1", status })).toEqual([]);
  });
});

describe("holdDemand", () => {
  describe("given a ticket and a bundle that draw from the same pools", () => {
    const lines: HoldRequestLine[] = [
      { productId: "t", productName: "Day ticket", quantity: 2, draws: [{ poolId: "pool_b", units: 1 }] },
      {
        productId: "d",
        productName: "Duo pack",
        quantity: 1,
        draws: [
          { poolId: "pool_b", units: 2 },
          { poolId: "pool_a", units: 1 },
        ],
      },
    ];

    it("asks each pool once for the units of every line, in pool-id order (the order pools are locked in)", () => {
      expect(holdDemand(lines).demand).toEqual([
        { poolId: "pool_a", units: 1 },
        { poolId: "pool_b", units: 4 },
      ]);
    });

    it("returns the lines decideHold would hold when they fit", () => {
      expect(holdDemand(lines).held).toEqual(
        decideHold(lines, poolsOf(pool("pool_a", 9), pool("pool_b", 9))),
      );
    });
  });

  describe("when a line asks for no unit, or draws nothing", () => {
    it("refuses it with decideHold's words, before any pool is touched", () => {
      const none = {
        productId: "t",
        productName: "Day ticket",
        quantity: 0,
        draws: [{ poolId: "a", units: 1 }],
      };
      expect(thrown(() => holdDemand([none])).message).toBe("Choose at least one Day ticket.");
      const unsold = { productId: "t", productName: "Day ticket", quantity: 1, draws: [] };
      expect(thrown(() => holdDemand([unsold])).message).toBe("Day ticket is not for sale.");
    });
  });
});
