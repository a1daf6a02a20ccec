import { describe, it, expect } from "vitest";
import { z } from "zod";
import { studioTranslatorFor } from "@/server/platform/messages";
import { field, formField, formProblems, ids, MAX_FIELDS, MAX_ROWS, readForm, rows, worded } from "./form";

const bundleForm = z.object({
  name: field(),
  productIds: ids(),
  components: rows({ key: field(64).optional(), quantity: field(5).optional() }),
  pricing: z.object({ mode: field(10).optional(), phases: rows({ price: field(12).optional() }) }),
});

function form(entries: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("reading a Studio form by its schema", () => {
  it("nests the fields the schema names into objects and rows", () => {
    const fd = form([
      ["name", "Weekend pack"],
      ["components.0.key", "p1"],
      ["components.0.quantity", "2"],
      ["components.1.key", "p2"],
      ["pricing.mode", "sum"],
    ]);
    expect(readForm(fd, bundleForm)).toEqual({
      ok: true,
      data: {
        name: "Weekend pack",
        productIds: [],
        components: [{ key: "p1", quantity: "2" }, { key: "p2" }],
        pricing: { mode: "sum" },
      },
      rows: { components: [0, 1] },
    });
  });

  it("collects a repeated name into a list", () => {
    const fd = form([
      ["name", "x"],
      ["productIds", "a"],
      ["productIds", "b"],
    ]);
    expect(readForm(fd, bundleForm)).toMatchObject({ ok: true, data: { productIds: ["a", "b"] } });
  });

  describe("when a field name reaches for the prototype", () => {
    it("never writes to Object.prototype", () => {
      const fd = form([
        ["name", "x"],
        ["__proto__.polluted", "1"],
        ["constructor.prototype.polluted", "1"],
        ["components.__proto__.polluted", "1"],
        ["pricing.constructor.prototype.polluted", "1"],
      ]);
      const read = readForm(fd, bundleForm);
      expect(read.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    });
  });

  describe("when a row index is huge", () => {
    it("reads no row past MAX_ROWS and makes no sparse list", () => {
      const fd = form([
        ["name", "x"],
        ["pricing.phases.999999999.price", "1"],
        ["components.4294967294.key", "p"],
        [`components.${MAX_ROWS - 1}.key`, "last"],
      ]);
      const read = readForm(fd, bundleForm);
      expect(read).toMatchObject({ ok: true, data: { components: [{ key: "last" }], pricing: {} } });
      expect(read.ok && read.data.pricing.phases).toBeUndefined();
    });
  });

  it("tells a section left empty from a section not sent", () => {
    const read = readForm(
      form([
        ["name", "x"],
        ["components.0.key", ""],
      ]),
      bundleForm,
    );
    expect(read).toMatchObject({ ok: true, data: { components: [] } });
    expect(read.ok && read.data.pricing.phases).toBeUndefined();
  });

  it("refuses a form with more fields than any Studio form has", () => {
    const fd = form(Array.from({ length: MAX_FIELDS + 1 }, (_, i) => [`f${i}`, "x"] as [string, string]));
    expect(readForm(fd, bundleForm)).toEqual({ ok: false, error: "This form has too many fields." });
  });

  it("answers a wrong value at its field", () => {
    expect(readForm(form([["name", "x".repeat(201)]]), bundleForm)).toEqual({
      ok: false,
      error: "Keep this under 200 characters",
      fields: { name: "Keep this under 200 characters" },
    });
  });

  it("refuses something that is not a form", () => {
    expect(readForm({ name: "x" }, bundleForm).ok).toBe(false);
  });

  describe("when several fields are wrong", () => {
    it("answers every one at its field at once, rows by the form's own row numbers", () => {
      const fd = form([
        ["name", "x".repeat(201)],
        ["components.0.key", "p1"],
        // row 1 left empty: the list's second row is the form's row 2
        ["components.2.key", "p2"],
        ["components.2.quantity", "123456"],
      ]);
      expect(readForm(fd, bundleForm)).toEqual({
        ok: false,
        error: "2 fields need your attention (marked above).",
        fields: {
          name: "Keep this under 200 characters",
          "components.2.quantity": "Keep this under 5 characters",
        },
      });
    });
  });
});

describe("placing a problem at the form's field", () => {
  it("names the row the organizer typed in, not its place in the list read", () => {
    const rows = { variants: [0, 2, 3], "pricing.phases": [1] };
    expect(formField("variants.1.sku", rows)).toBe("variants.2.sku");
    expect(formField("pricing.phases.0.price", rows)).toBe("pricing.phases.1.price");
    expect(formField("capacity", rows)).toBe("capacity");
    expect(formField("components.4", rows)).toBe("components.4");
  });

  it("says how many fields need attention when there are several, or the one problem", () => {
    expect(formProblems([{ field: "name", message: "Name it" }])).toEqual({
      error: "Name it",
      fields: { name: "Name it" },
    });
    expect(
      formProblems([
        { field: "name", message: "Name it" },
        { field: "name", message: "Shorter" },
        { field: "sku", message: "Letters only" },
      ]),
    ).toEqual({
      error: "2 fields need your attention (marked above).",
      fields: { name: "Name it", sku: "Letters only" },
    });
    expect(formProblems([{ message: "Reload the page" }])).toEqual({ error: "Reload the page" });
  });
});

describe("in the Studio's language", () => {
  const french = studioTranslatorFor("fr", "shell");
  const german = studioTranslatorFor("de", "shell");

  it("words the form's own problems in it, each at its field", () => {
    const fd = form([
      ["name", "x".repeat(201)],
      ["components.0.key", "p1"],
      ["components.0.quantity", "12\0"],
    ]);
    expect(readForm(fd, bundleForm, french)).toEqual({
      ok: false,
      error: "2 champs demandent votre attention (signalés ci-dessus).",
      fields: {
        name: "Ne dépassez pas 200 caractères",
        "components.0.quantity": "Retirez les caractères de contrôle invisibles",
      },
    });
    expect(
      readForm(form(Array.from({ length: MAX_FIELDS + 1 }, (_, i) => [`f${i}`, "x"])), bundleForm, german),
    ).toEqual({ ok: false, error: "Dieses Formular hat zu viele Felder." });
  });

  it("says a worded field's one sentence, and leaves any other schema's words alone", () => {
    const schema = z.object({
      role: worded(z.enum(["owner", "viewer"]), "chooseRole"),
      hours: z.string().max(2, "At most a year"),
    });
    const read = readForm(
      form([
        ["role", "king"],
        ["hours", "12345"],
      ]),
      schema,
      german,
    );
    expect(read).toMatchObject({ fields: { role: "Wählen Sie eine Rolle", hours: "At most a year" } });
  });

  it("is English when no language is given, as before", () => {
    expect(
      readForm(form([["role", "king"]]), z.object({ role: worded(z.enum(["a"]), "chooseRole") })),
    ).toMatchObject({ error: "Choose a role", fields: { role: "Choose a role" } });
  });
});
