// Runs once when a Next.js server starts. In production, console output goes through the bounded
// logger (src/server/platform/bounded-console.ts), so no request can make the log grow unbounded.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { installBoundedConsole } = await import("@/server/platform/bounded-console");
  installBoundedConsole();
}
