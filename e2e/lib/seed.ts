// Runs a recipe of e2e/lib/recipes.ts against the e2e run's database and returns what it made:
// asked of the one recipes process playwright.config.ts starts for the run.
export const RECIPES_PORT = Number(process.env.E2E_RECIPES_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

export async function seed<T>(recipe: string, input: Record<string, unknown>): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${RECIPES_PORT}/${recipe}`, {
    method: "POST",
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(`recipe ${recipe} failed: ${body.error}`);
  return body;
}
