import { describe, it, expect } from "vitest";
import { csvCell, toCsv } from "./attendees";

describe("the door list CSV", () => {
  it("quotes every cell and doubles quotes inside", () => {
    expect(toCsv(["Name", "Ticket"], [['Ann "The Fan" Lee', "Day ticket · Weekend pack"]])).toBe(
      '"Name","Ticket"\r\n"Ann ""The Fan"" Lee","Day ticket · Weekend pack"\r\n',
    );
  });
  it("defuses a cell a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+1 555")).toBe(`"'+1 555"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("Ann")).toBe('"Ann"');
  });
});
