// Runs a recipe of e2e/lib/recipes.ts against the e2e run's database and returns what it made.
import { execFileSync } from "node:child_process";

export function seed<T>(recipe: string, input: Record<string, unknown>): T {
  const out = execFileSync("npx", ["tsx", "e2e/lib/recipes.ts", recipe, JSON.stringify(input)], {
    env: process.env,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as T;
}
