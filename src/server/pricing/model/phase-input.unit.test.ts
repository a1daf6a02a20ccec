import { describe, expect, it } from "vitest";
import { parsePhases, phaseRowsInput, phasesIn } from "./phase-input";

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

describe("phaseRowsInput, then phasesIn: the form's rows read once, their ends in the time zone", () => {
  it("reads the rows at the edge and the ends where the event is", () => {
    const rows = phaseRowsInput.parse([
      { name: "Early", price: "19,50", endsAt: "2031-06-01T00:00", endsAfterSold: "" },
      { name: "Regular", price: "25" },
    ]);
    expect(rows[0]).toEqual({ name: "Early", price: 19.5, endsAt: "2031-06-01T00:00", endsAfterSold: null });
    const r = phasesIn(rows, "Europe/Berlin", () => "id");
    expect(r.ok && r.phases.map((p) => [p.price, p.endsAt])).toEqual([
      [1950, new Date("2031-05-31T22:00:00.000Z")],
      [2500, null],
    ]);
  });

  describe("when an end is not a time", () => {
    it("says so at its row", () => {
      const rows = phaseRowsInput.parse([{ price: "10", endsAt: "soon" }, { price: "12" }]);
      expect(phasesIn(rows, "UTC", () => "id")).toMatchObject({
        ok: false,
        issues: [{ field: "phases.0.endsAt", message: "Not a date and time" }],
      });
    });
  });
});
