import { describe, expect, it } from "vitest";
import { brandInput, can, ROLES, suggestBrandSlug, type Permission } from "./brand";

const valid = { name: "Night Owl", slug: "night-owl", primaryColor: "#7c3aed" };
const ALL: Permission[] = [
  "brand:read",
  "brand:write",
  "catalog:write",
  "orders:write",
  "checkin",
  "team:write",
];

function issues(input: unknown): { path: string; message: string }[] {
  const r = brandInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("brandInput", () => {
  it("accepts a valid brand", () => {
    expect(brandInput.parse(valid)).toEqual(valid);
  });

  describe("the slug", () => {
    it("is lowercased", () => {
      expect(brandInput.parse({ ...valid, slug: "Night-OWL" }).slug).toBe("night-owl");
    });

    it("is trimmed", () => {
      expect(brandInput.parse({ ...valid, slug: "  nightowl " }).slug).toBe("nightowl");
    });

    it("refuses spaces", () => {
      expect(issues({ ...valid, slug: "night owl" })).toEqual([
        { path: "slug", message: "Use lowercase letters, digits and single dashes" },
      ]);
    });

    it("refuses a double dash", () => {
      expect(issues({ ...valid, slug: "night--owl" })).toEqual([
        { path: "slug", message: "Use lowercase letters, digits and single dashes" },
      ]);
    });

    it("refuses a leading or trailing dash", () => {
      expect(issues({ ...valid, slug: "-nightowl" })).toHaveLength(1);
      expect(issues({ ...valid, slug: "nightowl-" })).toHaveLength(1);
    });

    it("refuses a reserved address", () => {
      expect(issues({ ...valid, slug: "studio" })).toEqual([
        { path: "slug", message: "This address is reserved; choose another" },
      ]);
    });

    it("refuses a reserved address written in capitals", () => {
      expect(issues({ ...valid, slug: "Studio" })).toEqual([
        { path: "slug", message: "This address is reserved; choose another" },
      ]);
    });

    it("refuses a single character", () => {
      expect(issues({ ...valid, slug: "a" })).toEqual([
        { path: "slug", message: "The address needs at least 2 characters" },
      ]);
    });
  });

  describe("the primary colour", () => {
    it("is lowercased", () => {
      expect(brandInput.parse({ ...valid, primaryColor: "#7C3AED" }).primaryColor).toBe("#7c3aed");
    });

    it.each(["7c3aed", "#abc", "#7c3aedff", "purple", "#gggggg", ""])(
      "refuses %j, which is not #rrggbb",
      (primaryColor) => {
        expect(issues({ ...valid, primaryColor })).toEqual([
          { path: "primaryColor", message: "Use a colour like #7c3aed" },
        ]);
      },
    );
  });
});

describe("suggestBrandSlug", () => {
  describe("given a name with accents", () => {
    it("suggests the plain ASCII letters", () => {
      expect(suggestBrandSlug("Café Été")).toBe("cafe-ete");
    });
  });

  describe("given letters Unicode does not decompose", () => {
    it("spells them out", () => {
      expect(suggestBrandSlug("Straße & Søn, Łódź")).toBe("strasse-son-lodz");
    });
  });

  describe("given spaces, punctuation and capitals", () => {
    it("joins the words with single dashes, none at either end", () => {
      expect(suggestBrandSlug("  --Night Owl   Records!-- ")).toBe("night-owl-records");
    });
  });

  describe("given a long name", () => {
    it("cuts it to 40 characters without a dash at the end", () => {
      const slug = suggestBrandSlug("The Quite Extraordinarily Long Name Of A Small Brand");
      expect(slug).toBe("the-quite-extraordinarily-long-name-of-a");
      expect(slug.length).toBeLessThanOrEqual(40);
    });
  });

  describe("given a reserved word", () => {
    it("suggests an address that is not reserved", () => {
      expect(suggestBrandSlug("Studio")).toBe("studio-shop");
    });
  });

  describe("given a name with nothing to use", () => {
    it("suggests nothing", () => {
      expect(suggestBrandSlug("東京")).toBe("");
      expect(suggestBrandSlug("")).toBe("");
    });
  });

  it.each(["Café Été", "Harbour Events", "Straße 2027", "Studio", "a".repeat(60) + " b", "Ünïcødé Ñight"])(
    "suggests for %j an address the brand form accepts",
    (name) => {
      expect(issues({ ...valid, slug: suggestBrandSlug(name) })).toEqual([]);
    },
  );
});

describe("can", () => {
  it("lets door staff only check in", () => {
    expect(ALL.filter((p) => can("door", p))).toEqual(["checkin"]);
  });

  it("lets a viewer only read the brand", () => {
    expect(ALL.filter((p) => can("viewer", p))).toEqual(["brand:read"]);
  });

  it("lets a manager do everything except manage the team", () => {
    expect(can("manager", "team:write")).toBe(false);
    expect(ALL.filter((p) => can("manager", p))).toEqual([
      "brand:read",
      "brand:write",
      "catalog:write",
      "orders:write",
      "checkin",
    ]);
  });

  it("lets the owner do everything", () => {
    expect(ALL.every((p) => can("owner", p))).toBe(true);
  });

  it("lets only the owner manage the team", () => {
    expect(ROLES.filter((r) => can(r, "team:write"))).toEqual(["owner"]);
  });
});
