import { describe, it, expect } from "vitest";
import { gate } from "./gate";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("a gate of 2", () => {
  it("lets at most two through at once, the rest in arrival order, and frees a place when work fails", async () => {
    const through = gate(2);
    let active = 0;
    let most = 0;
    const order: number[] = [];
    const work = (i: number) =>
      through(async () => {
        active++;
        most = Math.max(most, active);
        await tick();
        order.push(i);
        active--;
        if (i === 1) throw new Error("refused");
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map(work));
    expect(most).toBe(2);
    expect(order.slice(2)).toEqual([2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
  });
});
