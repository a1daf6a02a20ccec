import { describe, expect, it } from "vitest";
import {
  accessibilityStatementInput,
  paragraphsOf,
  statementOf,
  TEMPLATE_REVIEWED_ON,
} from "./accessibility";

describe("the accessibility statement's text", () => {
  it("splits plain text into paragraphs at blank lines and keeps single line breaks as lines", () => {
    expect(paragraphsOf("One\ntwo\n\n\n  Three  \n \nFour")).toEqual([["One", "two"], ["Three"], ["Four"]]);
  });

  it("keeps markup as text: nothing the organizer types becomes HTML", () => {
    expect(paragraphsOf("<b>bold</b> & <script>x</script>")).toEqual([["<b>bold</b> & <script>x</script>"]]);
  });

  it("is the template, dated by Marquee's last review, until the organizer saves one", () => {
    const s = statementOf("Harbour Stage", { text: null, contact: null, reviewedAt: null });
    expect(s).toMatchObject({ custom: false, contact: null, reviewedOn: TEMPLATE_REVIEWED_ON });
    expect(s.text.startsWith("Harbour Stage wants everyone")).toBe(true);
    expect(paragraphsOf(s.text).length).toBeGreaterThanOrEqual(4);
  });

  it("refuses control characters and a contact that is not an e-mail address", () => {
    const parsed = accessibilityStatementInput.safeParse({ statement: "a\u0007b", contact: "nobody" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(["statement", "contact"]);
  });
});
