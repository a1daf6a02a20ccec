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
    const saved = { text: null, contact: null, reviewedAt: null, translations: {} };
    const s = statementOf(saved, "fr", "Le texte de Marquee");
    expect(s).toMatchObject({ custom: false, contact: null, reviewedOn: TEMPLATE_REVIEWED_ON });
    expect(s.text).toBe("Le texte de Marquee");
  });

  it("is the organizer's translation in the fan's language, else their text in the default language", () => {
    const saved = {
      text: "Our own statement.",
      contact: "a@b.example",
      reviewedAt: new Date("2026-12-01T10:00:00Z"),
      translations: { fr: { statement: "Notre déclaration." } },
    };
    expect(statementOf(saved, "fr", "template")).toMatchObject({ text: "Notre déclaration.", custom: true });
    expect(statementOf(saved, "de", "template")).toMatchObject({ text: "Our own statement.", custom: true });
  });

  it("refuses control characters and a contact that is not an e-mail address", () => {
    const parsed = accessibilityStatementInput.safeParse({ statement: "a\u0007b", contact: "nobody" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(["statement", "contact"]);
  });
});
