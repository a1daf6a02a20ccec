import { describe, expect, it } from "vitest";
import { csvField, csvLine, decimal, defused, minorDigits } from "./export-cells";

describe("a text cell in an export", () => {
  describe("given a text a spreadsheet would run as a formula", () => {
    for (const text of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"])
      it(`defuses ${JSON.stringify(text)} with a leading '`, () => {
        expect(defused(text)).toBe(`'${text}`);
        expect(csvField(text, "text")).toBe(`"'${text.replace(/"/g, '""')}"`);
      });
  });

  describe("given an ordinary text", () => {
    it("keeps it, quoted, with its quotes doubled", () => {
      expect(csvField('Frida "the fan" Müller', "text")).toBe('"Frida ""the fan"" Müller"');
      expect(csvField("a=b", "text")).toBe('"a=b"');
    });
  });

  describe("given a number, a decimal, a time or nothing", () => {
    it("writes a negative amount as a number, never defused", () => {
      expect(csvField(-500, "int")).toBe("-500");
      expect(csvField("-5.00", "decimal")).toBe("-5.00");
    });
    it("writes a time in ISO 8601 UTC and nothing as an empty field", () => {
      expect(csvField(new Date("2026-12-01T19:30:00Z"), "time")).toBe("2026-12-01T19:30:00.000Z");
      expect(csvField(null, "text")).toBe("");
    });
  });

  it("ends a CSV line with CRLF", () => {
    const columns = [
      { header: "Order", type: "text" as const },
      { header: "Total", type: "int" as const },
    ];
    expect(csvLine(["MQ-1", 1250], columns)).toBe('"MQ-1",1250\r\n');
  });
});

describe("an amount as a decimal", () => {
  it("shows minor units with the currency's digits, exactly", () => {
    expect(decimal(1250, "EUR")).toBe("12.50");
    expect(decimal(5, "EUR")).toBe("0.05");
    expect(decimal(0, "EUR")).toBe("0.00");
    expect(decimal(-1999, "EUR")).toBe("-19.99");
    expect(decimal(1250, "JPY")).toBe("1250");
    expect(decimal(1250, "KWD")).toBe("1.250");
    expect(decimal(9_007_199_254_740_991, "EUR")).toBe("90071992547409.91");
  });
  it("assumes two digits for a code Intl does not know", () => {
    expect(minorDigits("not a currency")).toBe(2);
  });
});
