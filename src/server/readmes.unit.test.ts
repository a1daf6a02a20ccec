// A folder's README is the map a newcomer reads first (issue 14 item 7): it names every file in
// the folder's tree and no file that has gone. Test files are the only ones it need not name.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = __dirname;
const ROOT = path.join(SERVER, "..", "..");

// insights/README.md is being rewritten on other branches (exports, the Studio page) and names all
// but its index.ts; the last test says when this can go.
const WAIVED: Record<string, string[]> = {};

/** Every non-test .ts/.tsx file under `dir`, as a path relative to it with forward slashes. */
function codeFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return codeFiles(full, `${prefix}${name}/`);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [prefix + name] : [];
    });
}

/** The .ts/.tsx paths a README names (`model/order.ts`, `src/test/edge.ts`); globs are not paths. */
function namedPaths(readme: string): Set<string> {
  return new Set(readme.match(/(?<![\w./@[\]*-])[\w@[][\w./@[\]-]*\.tsx?(?!\w)/g) ?? []);
}

/** A named path is there when it is in the folder, in another context (`checkout/events.ts`) or in the repo. */
function exists(folder: string, named: string): boolean {
  return [path.join(SERVER, folder), SERVER, ROOT].some((base) => existsSync(path.join(base, named)));
}

const folders = readdirSync(SERVER)
  .filter((name) => statSync(path.join(SERVER, name)).isDirectory())
  .filter((name) => codeFiles(path.join(SERVER, name)).length > 0)
  .sort();

function readmeOf(folder: string): string {
  const file = path.join(SERVER, folder, "README.md");
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

describe("the README of every folder of src/server", () => {
  it("given the server's folders, then the ones with code are found", () => {
    expect(folders).toEqual(expect.arrayContaining(["checkout", "eventlog", "platform", "workflows"]));
  });

  describe.each(folders)("given src/server/%s/", (folder) => {
    const where = `src/server/${folder}/README.md`;

    it("then it has a README", () => {
      const there = existsSync(path.join(SERVER, folder, "README.md"));
      expect(
        there,
        `write ${where}: a title line saying what the folder is, then a "| file | what |" table`,
      ).toBe(true);
    });

    it("then its README names every file in the folder", () => {
      const named = namedPaths(readmeOf(folder));
      const waived = WAIVED[folder] ?? [];
      const missing = codeFiles(path.join(SERVER, folder)).filter(
        (f) => !named.has(f) && !waived.includes(f),
      );
      expect(missing, `add a row to the "## Files" table of ${where} for: ${missing.join(", ")}`).toEqual([]);
    });

    it("then its README names no file that is not there", () => {
      const gone = [...namedPaths(readmeOf(folder))].filter((named) => !exists(folder, named));
      expect(
        gone,
        `${where} names ${gone.join(", ")}, not in src/server/${folder}/: correct or remove`,
      ).toEqual([]);
    });
  });

  it("given a waived file, then its README still leaves it out (once named, remove it from WAIVED)", () => {
    for (const [folder, files] of Object.entries(WAIVED)) {
      const named = namedPaths(readmeOf(folder));
      const nowNamed = files.filter((f) => named.has(f));
      expect(nowNamed, `src/server/${folder}/README.md names these now: remove them from WAIVED`).toEqual([]);
    }
  });
});
