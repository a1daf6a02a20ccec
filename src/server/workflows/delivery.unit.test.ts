import { describe, expect, it } from "vitest";
import type { RecordedEvent } from "@/server/eventlog";
import { byBrand } from "./delivery";

const event = (n: number, brandId: string) =>
  ({
    type: "OrderPaid",
    payload: { n },
    position: BigInt(n),
    transactionId: String(n),
    streamId: `order-${n}`,
    streamVersion: 1,
    metadata: { brandId, actor: "fan", correlationId: `c${n}`, causationId: null },
  }) as unknown as RecordedEvent;

describe("a batch of events split by brand", () => {
  const batch = [event(1, "a"), event(2, "b"), event(3, "a"), event(4, "a"), event(5, "b")];
  const positions = (parts: RecordedEvent[][]) => parts.map((p) => p.map((e) => Number(e.position)));

  it("given no size, then each brand's events make one part, in log order", () => {
    expect(positions(byBrand(batch))).toEqual([
      [1, 3, 4],
      [2, 5],
    ]);
  });

  it("given a size, then no part is larger", () => {
    expect(positions(byBrand(batch, 2))).toEqual([[1, 3], [4], [2, 5]]);
  });

  it("given no events, then no parts", () => {
    expect(byBrand([])).toEqual([]);
  });
});
