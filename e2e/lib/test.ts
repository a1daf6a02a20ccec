// Playwright's `test`, with axe-core watching every page a journey opens (ADR 0031): each distinct
// screen is analysed once for WCAG 2.0/2.1/2.2 A and AA, and a serious or critical violation fails
// the test that met it. `checkA11y(page, state)` analyses a state worth a look of its own (a dialog
// open, errors shown). Journeys import `test` and `expect` from here instead of "@playwright/test".
//
// E2E_AXE_FAIL=0 turns failing off; E2E_AXE_REPORT=<file> appends every violation (any impact) to
// that file as JSON lines — together they count what a change would have to fix. E2E_AXE=off
// analyses nothing (to measure what axe adds).
import { appendFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

export * from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);
const failing = process.env.E2E_AXE_FAIL !== "0";
const off = process.env.E2E_AXE === "off"; // to measure what axe costs
const reportFile = process.env.E2E_AXE_REPORT;

type Violation = { screen: string; rule: string; impact: string; help: string; targets: string[] };

/** What this worker has analysed: one screen once, whichever test met it first. */
const worker = { analysed: new Set<string>(), count: 0, abandoned: 0, milliseconds: 0 };

/**
 * The screen a URL shows: its path with ids, tokens and numbers replaced, so an order page is one
 * screen however many orders a journey opens. Another origin (a fan's site embedding the shop) is
 * one screen per path. Blank and data pages are none.
 */
export function screenOf(url: string, baseURL: string | undefined): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.protocol.startsWith("http")) return null;
  const path = parsed.pathname
    .split("/")
    .map((segment) => segment.replace(/[A-Za-z0-9_]*\d[A-Za-z0-9_]*/g, idLike))
    .join("/");
  const ours = baseURL !== undefined && parsed.origin === new URL(baseURL).origin;
  return ours ? path : `another site ${path}`;
}

function idLike(token: string): string {
  return token.length >= 6 || /^\d+$/.test(token) ? ":id" : token;
}

/** One test's watch: the pages it opened, the analyses under way, the violations found. */
class Watch {
  private readonly pages = new Set<Page>();
  private readonly contexts = new WeakSet<BrowserContext>();
  private readonly queues = new Map<Page, Promise<void>>();
  readonly violations: Violation[] = [];

  constructor(private readonly baseURL: string | undefined) {}

  context(context: BrowserContext): void {
    if (off || this.contexts.has(context)) return;
    this.contexts.add(context);
    context.pages().forEach((page) => this.page(page));
    context.on("page", (page) => this.page(page));
  }

  private page(page: Page): void {
    this.pages.add(page);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) this.enqueue(page);
    });
    page.on("close", () => this.pages.delete(page));
  }

  /** Analyses the page's screen once it has loaded, unless it was analysed already. */
  private enqueue(page: Page): void {
    const previous = this.queues.get(page) ?? Promise.resolve();
    this.queues.set(
      page,
      previous.then(() => this.analyseOnce(page)),
    );
  }

  private async analyseOnce(page: Page): Promise<void> {
    const screen = screenOf(page.url(), this.baseURL);
    if (screen === null || worker.analysed.has(screen)) return;
    try {
      await page.waitForLoadState("load", { timeout: 10_000 });
      // Hydration and the first client render settle before the page is judged.
      await page.waitForTimeout(250);
    } catch {
      return; // closed or gone elsewhere: its next visit is analysed instead
    }
    if (page.isClosed() || screenOf(page.url(), this.baseURL) !== screen || worker.analysed.has(screen))
      return;
    worker.analysed.add(screen);
    const found = await analyse(page, screen);
    if (found === null || screenOf(page.url(), this.baseURL) !== screen) {
      worker.analysed.delete(screen); // it navigated away mid-analysis: judge it on its next visit
      return;
    }
    this.violations.push(...found);
  }

  /** Waits for the analyses under way, then analyses the screen each open page ends on. */
  async settle(): Promise<void> {
    for (const page of this.pages) this.enqueue(page);
    await Promise.all(this.queues.values());
  }
}

/** The violations axe finds on the page as it is now, or null when it could not analyse it. */
async function analyse(page: Page, screen: string): Promise<Violation[] | null> {
  const started = performance.now();
  try {
    // Legacy mode runs axe.run in the page (and its frames) rather than finishing in a new blank page.
    const builder = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ["violations"] });
    const results = await builder.setLegacyMode().analyze();
    return results.violations.map((v) => ({
      screen,
      rule: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(" ")),
    }));
  } catch {
    worker.abandoned += 1;
    return null;
  } finally {
    worker.count += 1;
    worker.milliseconds += performance.now() - started;
  }
}

/** Records the violations and, when failing is on, throws for the serious and critical ones. */
function judge(violations: Violation[], where: string): void {
  if (reportFile)
    for (const v of violations) appendFileSync(reportFile, `${JSON.stringify({ where, ...v })}\n`);
  const serious = violations.filter((v) => FAILING_IMPACTS.has(v.impact));
  if (!failing || serious.length === 0) return;
  const lines = serious.map(
    (v) => `  ${v.impact} ${v.rule} on ${v.screen}: ${v.help} — ${v.targets.join(", ")}`,
  );
  throw new Error(`Accessibility (axe, WCAG A/AA) — ${serious.length} violation(s):\n${lines.join("\n")}`);
}

/** Analyses the page as it is now (a dialog open, errors shown), named `state`; once per screen and state. */
export async function checkA11y(page: Page, state: string): Promise<void> {
  const screen = `${screenOf(page.url(), page.url()) ?? page.url()} (${state})`;
  if (worker.analysed.has(screen)) return;
  worker.analysed.add(screen);
  const found = await analyse(page, screen);
  if (found === null) throw new Error(`axe could not analyse ${screen}`);
  judge(found, test.info().titlePath.join(" › "));
}

export const test = base.extend<{ axeWatch: Watch }, { axeTotals: void }>({
  axeTotals: [
    async ({}, use) => {
      await use();
      const seconds = (worker.milliseconds / 1000).toFixed(1);
      const { count, abandoned, analysed } = worker;
      console.log(
        `axe: ${count} analyses (${abandoned} abandoned) of ${analysed.size} screens took ${seconds} s`,
      );
    },
    { scope: "worker", auto: true },
  ],
  axeWatch: [
    async ({ browser, baseURL }, use, testInfo) => {
      const watch = new Watch(baseURL);
      const restore = watchNewContexts(browser, watch);
      await use(watch);
      restore();
      await watch.settle();
      judge(watch.violations, testInfo.titlePath.join(" › "));
    },
    // Its own time for the last analyses, outside the test's.
    { auto: true, timeout: 60_000 },
  ],
  context: [
    async ({ context, axeWatch }, use) => {
      axeWatch.context(context);
      await use(context);
      await axeWatch.settle(); // before the context closes: the screens its pages end on
    },
    { scope: "test", timeout: 60_000 },
  ],
});

/** Every context the test opens itself (`browser.newContext()`, `browser.newPage()`) is watched too. */
function watchNewContexts(browser: Browser, watch: Watch): () => void {
  const original = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await original(...args);
    watch.context(context);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}
