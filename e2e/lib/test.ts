// Playwright's `test`, with axe-core watching every page a journey opens (ADR 0031): each distinct
// screen is analysed once for WCAG 2.0/2.1/2.2 A and AA, and a serious or critical violation fails
// the test that met it. `checkA11y(page, state)` analyses a state worth a look of its own (a dialog
// open, errors shown). Journeys import `test` and `expect` from here instead of "@playwright/test".
//
// axe never runs while the journey does: in its page it blocks the renderer for seconds, and beside
// it it slows a journey whose carts hold for 20 s. A screen is copied once it has loaded and
// settled (its DOM, scripts left out); after the test body, each copy is judged in a page of its
// own, served at the same address so its styles, images and frames load as they did.
//
// E2E_AXE_FAIL=0 turns failing off; E2E_AXE_REPORT=<file> appends every violation (any impact) to
// that file as JSON lines — together they count what a change would have to fix. E2E_AXE=off
// analyses nothing (to measure what axe adds).
import { appendFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type axe from "axe-core";
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

export * from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);
const failing = process.env.E2E_AXE_FAIL !== "0";
const off = process.env.E2E_AXE === "off";
const reportFile = process.env.E2E_AXE_REPORT;

const ANOTHER_SITE = "another site ";

type Violation = { screen: string; rule: string; impact: string; help: string; targets: string[] };
type Snapshot = { screen: string; url: string; html: string };

/** What this worker has judged: one screen once, whichever test met it first. */
const worker = { screens: new Set<string>(), analyses: 0, abandoned: 0, milliseconds: 0 };

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
  return ours ? path : `${ANOTHER_SITE}${path}`;
}

function idLike(token: string): string {
  return token.length >= 6 || /^\d+$/.test(token) ? ":id" : token;
}

/** The page's DOM as it is now, without its scripts: what axe judges, elsewhere. */
async function snapshotOf(page: Page, screen: string): Promise<Snapshot> {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  return { screen, url, html };
}

/**
 * The worker's judge: one page in a context of its own, where a snapshot is served at its own
 * address (only the document; its styles, images and frames come from the real server).
 */
class Judge {
  private page: Promise<Page> | null = null;
  private served: Snapshot | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly newContext: () => Promise<BrowserContext>) {}

  /** The snapshot's violations, or null when axe could not analyse it; one judgement at a time. */
  judge(snapshot: Snapshot): Promise<Violation[] | null> {
    const next = this.queue.then(() => this.analyse(snapshot));
    this.queue = next.catch(() => null);
    return next;
  }

  private async analyse(snapshot: Snapshot): Promise<Violation[] | null> {
    const started = performance.now();
    try {
      const page = await (this.page ??= this.open());
      const results = (await this.canRewrite(page, snapshot))
        ? await this.rewriteAndRun(page, snapshot)
        : await this.loadAndRun(page, snapshot);
      return results.map((v) => ({
        screen: snapshot.screen,
        rule: v.id,
        impact: v.impact ?? "unknown",
        help: v.help,
        targets: v.nodes.map((node) => node.target.join(" ")),
      }));
    } catch (e) {
      worker.abandoned += 1;
      console.warn(`axe could not analyse ${snapshot.screen}: ${(e as Error).message.split("\n")[0]}`);
      return null;
    } finally {
      worker.analyses += 1;
      worker.milliseconds += performance.now() - started;
    }
  }

  /**
   * A copy without frames, of the origin the judge's page is on, replaces that page's document:
   * axe, loaded once, stays (the window survives document.open), which halves each judgement.
   */
  private async canRewrite(page: Page, snapshot: Snapshot): Promise<boolean> {
    if (/<iframe\b/i.test(snapshot.html)) return false;
    if (!page.url().startsWith("http") || new URL(page.url()).origin !== new URL(snapshot.url).origin)
      return false;
    return page.evaluate(() => "axe" in window);
  }

  private async rewriteAndRun(page: Page, snapshot: Snapshot) {
    await page.setContent(snapshot.html, { waitUntil: "load", timeout: 30_000 });
    const results = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: "tag", values: tags },
          resultTypes: ["violations"],
        }),
      TAGS,
    );
    return results.violations;
  }

  /** The copy served at its own address, its frames loaded from the real server; axe in each. */
  private async loadAndRun(page: Page, snapshot: Snapshot) {
    this.served = snapshot;
    await page.goto(snapshot.url, { waitUntil: "load", timeout: 30_000 });
    // options() first: it replaces every option, the tags withTags() set included.
    const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(TAGS);
    // Another site (a fan's page the journey wrote) is not ours to judge: only the frames we put in it.
    if (snapshot.screen.startsWith(ANOTHER_SITE)) builder.include("iframe");
    // Legacy mode runs axe.run in the page and its frames instead of finishing in a new blank page.
    return (await builder.setLegacyMode().analyze()).violations;
  }

  private async open(): Promise<Page> {
    const page = await (await this.newContext()).newPage();
    await page.route("**/*", (route) => {
      const request = route.request();
      const document = request.isNavigationRequest() && request.frame() === page.mainFrame();
      if (document && this.served && request.url() === this.served.url)
        return route.fulfill({
          status: 200,
          contentType: "text/html; charset=utf-8",
          body: this.served.html,
        });
      return route.continue();
    });
    return page;
  }
}

/** One test's watch: the pages it opened, the judgements under way, the violations found. */
class Watch {
  private readonly pages = new Set<Page>();
  private readonly contexts = new WeakSet<BrowserContext>();
  private readonly queues = new Map<Page, Promise<void>>();
  private readonly navigations = new Map<Page, number>();
  private readonly snapshots: Snapshot[] = [];
  readonly violations: Violation[] = [];

  constructor(
    private readonly judge: Judge,
    private readonly baseURL: string | undefined,
  ) {}

  context(context: BrowserContext): void {
    if (off || this.contexts.has(context)) return;
    this.contexts.add(context);
    context.pages().forEach((page) => this.page(page));
    context.on("page", (page) => this.page(page));
  }

  private page(page: Page): void {
    this.pages.add(page);
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      this.navigations.set(page, (this.navigations.get(page) ?? 0) + 1);
      this.enqueue(page);
    });
    page.on("close", () => this.pages.delete(page));
  }

  private enqueue(page: Page): void {
    const previous = this.queues.get(page) ?? Promise.resolve();
    this.queues.set(
      page,
      previous.then(() => this.copyOnce(page)),
    );
  }

  /** Copies the page's screen once it has loaded and settled, unless it was copied already. */
  private async copyOnce(page: Page): Promise<void> {
    const screen = screenOf(page.url(), this.baseURL);
    if (screen === null || worker.screens.has(screen)) return;
    let snapshot: Snapshot;
    try {
      await page.waitForLoadState("load", { timeout: 10_000 });
      await page.waitForTimeout(300); // hydration and the first client render
      if (screenOf(page.url(), this.baseURL) !== screen || worker.screens.has(screen)) return;
      const navigations = this.navigations.get(page);
      snapshot = await snapshotOf(page, screen);
      // A navigation under way (a click that redirects) can hand over half of the next document:
      // that copy is no screen; the next visit is copied instead.
      if (this.navigations.get(page) !== navigations || page.url() !== snapshot.url) return;
    } catch {
      return; // closed or gone elsewhere: its next visit is copied instead
    }
    worker.screens.add(screen);
    this.snapshots.push(snapshot);
  }

  /** Copies the screen each open page ends on, then judges every copy the test made. */
  async settle(): Promise<void> {
    for (const page of this.pages) this.enqueue(page);
    await Promise.all(this.queues.values());
    for (const snapshot of this.snapshots.splice(0)) {
      const found = await this.judge.judge(snapshot);
      if (found === null) worker.screens.delete(snapshot.screen);
      else this.violations.push(...found);
    }
  }
}

/** Records the violations and, when failing is on, throws for the serious and critical ones. */
function verdict(violations: Violation[], where: string): void {
  if (reportFile)
    for (const v of violations) appendFileSync(reportFile, `${JSON.stringify({ where, ...v })}\n`);
  const serious = violations.filter((v) => FAILING_IMPACTS.has(v.impact));
  if (!failing || serious.length === 0) return;
  const lines = serious.map(
    (v) => `  ${v.impact} ${v.rule} on ${v.screen}: ${v.help} — ${v.targets.join(", ")}`,
  );
  throw new Error(`Accessibility (axe, WCAG A/AA) — ${serious.length} violation(s):\n${lines.join("\n")}`);
}

let sharedJudge: Judge | null = null;

/** Analyses the page as it is now (a dialog open, errors shown), named `state`; once per screen and state. */
export async function checkA11y(page: Page, state: string): Promise<void> {
  if (off || !sharedJudge) return;
  const screen = `${screenOf(page.url(), page.url()) ?? page.url()} (${state})`;
  if (worker.screens.has(screen)) return;
  worker.screens.add(screen);
  const found = await sharedJudge.judge(await snapshotOf(page, screen));
  if (found === null) throw new Error(`axe could not analyse ${screen}`);
  verdict(found, test.info().titlePath.join(" › "));
}

export const test = base.extend<{ axeWatch: Watch }, { axeJudge: Judge }>({
  axeJudge: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      sharedJudge = new Judge(() => newContext());
      await use(sharedJudge);
      const { analyses, abandoned, screens, milliseconds } = worker;
      const seconds = (milliseconds / 1000).toFixed(1);
      console.log(
        `axe: ${analyses} analyses (${abandoned} abandoned) of ${screens.size} screens took ${seconds} s`,
      );
    },
    { scope: "worker", auto: true },
  ],
  axeWatch: [
    async ({ browser, baseURL, axeJudge }, use, testInfo) => {
      const watch = new Watch(axeJudge, baseURL);
      const restore = watchNewContexts(browser, watch);
      await use(watch);
      restore();
      await watch.settle();
      verdict(watch.violations, testInfo.titlePath.join(" › "));
    },
    // Its own time for the last judgements, outside the test's.
    { auto: true, timeout: 300_000 },
  ],
  context: [
    async ({ context, axeWatch }, use) => {
      axeWatch.context(context);
      await use(context);
      await axeWatch.settle(); // before the context closes: the screens its pages end on
    },
    { scope: "test", timeout: 300_000 },
  ],
});

/** Every context the test opens itself (`browser.newContext()`, `browser.newPage()`) is watched too. */
function watchNewContexts(browser: Browser, watch: Watch): () => void {
  const original = browser.newContext;
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await original.apply(browser, args);
    watch.context(context);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}
