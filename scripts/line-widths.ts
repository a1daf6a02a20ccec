// How wide the production code is: lines over the print width (110), over 120 and over 160
// characters in src/** and scripts/**, and the files having one — at any commit, so issue 14's
// "before and after" can be reproduced: `npx tsx scripts/line-widths.ts [rev] [--list]` (default: the
// working tree). Not counted: tests (*.test.ts), generated code (src/generated) and lines that
// are only a string or URL literal or an import — Prettier cannot break those and need not.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const listAll = args.includes("--list"); // every line over the print width, not only the widest 5
const rev = args.find((arg) => !arg.startsWith("--"));
const limits = [110, 120, 160] as const;

function git(args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

function productionFiles(): string[] {
  const listed = rev
    ? git(["ls-tree", "-r", "--name-only", rev, "--", "src", "scripts"])
    : git(["ls-files", "--", "src", "scripts"]);
  return listed
    .split("\n")
    .filter((path) => /\.(ts|tsx|js|mjs|cjs)$/.test(path))
    .filter((path) => !/\.test\.tsx?$/.test(path) && !path.startsWith("src/generated/"));
}

function read(path: string): string {
  return rev ? git(["show", `${rev}:${path}`]) : readFileSync(path, "utf8");
}

// A line that is one string literal (maybe with a trailing `,` `;` `)` `+`), a URL, or an import.
const onlyString = /^(?:[\w$.]+\s*[:=]\s*)?(["'`])(?:(?!\1)[^\\]|\\.)*\1[\s,;)+]*$/;
const onlyUrl = /^(?:\/\/|\*|\/\*\*?)?\s*<?https?:\/\/\S+>?[\s,;)]*$/;
const importLine = /^(?:import\b|export\b.*\bfrom\s+["']|\}\s*from\s+["'])/;
function exempt(line: string): boolean {
  const text = line.trim();
  return onlyString.test(text) || onlyUrl.test(text) || importLine.test(text);
}

const isComment = (line: string) => /^\s*(?:\/\/|\/?\*)/.test(line);

/**
 * For each line of a file, how many of its characters are the text of a string or template
 * literal (interpolated code inside `${}` is not). A rough scanner, not a parser: '…' and "…"
 * end at the line's end (so an apostrophe in JSX text spoils one line, not the file).
 */
function stringCharsPerLine(source: string): number[] {
  const counts: number[] = [0];
  type Mode = "code" | "'" | '"' | "`" | "line-comment" | "block-comment";
  let mode: Mode = "code";
  const braces: number[] = []; // open `{` count of each `${` we are inside
  const inString = (n: number) => {
    const line = counts.length - 1;
    counts[line] = (counts[line] ?? 0) + n;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\n") {
      counts.push(0);
      if (mode === "'" || mode === '"' || mode === "line-comment") mode = "code";
      continue;
    }
    if (mode === "line-comment") continue;
    if (mode === "block-comment") {
      if (c === "*" && source[i + 1] === "/") {
        mode = "code";
        i++;
      }
      continue;
    }
    if (mode === "'" || mode === '"' || mode === "`") {
      if (c === "\\") {
        inString(2);
        i++;
      } else if (c === mode) mode = "code";
      else if (mode === "`" && c === "$" && source[i + 1] === "{") {
        braces.push(0);
        mode = "code";
        i++;
      } else inString(1);
      continue;
    }
    if (c === "/" && source[i + 1] === "/") mode = "line-comment";
    else if (c === "/" && source[i + 1] === "*") mode = "block-comment";
    else if (c === "'" || c === '"' || c === "`") mode = c;
    else if (c === "{" && braces.length) braces.push((braces.pop() ?? 0) + 1);
    else if (c === "}" && braces.length) {
      const open = braces.pop() ?? 0;
      if (open === 0) mode = "`";
      else braces.push(open - 1);
    }
  }
  return counts;
}

// Over the print width only because of a string: without its literal text it would fit.
type Wide = { path: string; line: number; width: number; comment: boolean; string: boolean };
let lines = 0;
const wide: Wide[] = [];
const files = productionFiles();
for (const path of files) {
  const source = read(path);
  const inStrings = stringCharsPerLine(source);
  source.split("\n").forEach((text, index) => {
    lines += 1;
    if (text.length > limits[0] && !exempt(text)) {
      const string = text.length - (inStrings[index] ?? 0) <= limits[0];
      wide.push({ path, line: index + 1, width: text.length, comment: isComment(text), string });
    }
  });
}

const percent = (count: number) => `${((100 * count) / lines).toFixed(1)} %`;
console.log(`${rev ?? "working tree"}: ${files.length} production files, ${lines} lines`);
for (const limit of limits) {
  const over = wide.filter((w) => w.width > limit);
  const comments = over.filter((w) => w.comment).length;
  const strings = over.filter((w) => w.string && !w.comment).length;
  const inFiles = new Set(over.map((w) => w.path)).size;
  console.log(
    `over ${limit}: ${over.length} lines (${percent(over.length)}) in ${inFiles} of ${files.length} files;` +
      ` of them ${comments} comments, ${strings} over only by a string's text`,
  );
}
const widest = [...wide].sort((a, b) => b.width - a.width).slice(0, listAll ? undefined : 5);
const kind = (w: Wide) => (w.comment ? " (comment)" : w.string ? " (string)" : "");
for (const w of widest) console.log(`  ${w.width} ${w.path}:${w.line}${kind(w)}`);
