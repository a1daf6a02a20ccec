import { describe, expect, it } from "vitest";
import { parsePhases } from "./phase-input";

const id = () => "ph";

describe("parsePhases: what an organizer typed as a price", () => {
  it("given a blank price, when parsed, then it asks for a price instead of making the product free", () => {
    const r = parsePhases([{ name: "", price: "" }], "Europe/Berlin", id);
    expect(r).toMatchObject({ ok: false, field: "phases.0.price", message: "Enter a price" });
  });

  it("given 0, when parsed, then the product is free on purpose", () => {
    const r = parsePhases([{ name: "", price: "0" }], "Europe/Berlin", id);
    expect(r).toMatchObject({ ok: true, phases: [{ price: 0, name: "Standard" }] });
  });

  it("given a comma as the decimal mark, when parsed, then it is read as cents", () => {
    const r = parsePhases([{ name: "", price: "25,50" }], "Europe/Berlin", id);
    expect(r).toMatchObject({ ok: true, phases: [{ price: 2550 }] });
  });
});
