// The web front's kept public reads (kept-answers.mjs): what the app marks is sent again from the
// front for as long as the mark says and no longer; nothing else ever is.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { keptAnswers } from "./kept-answers.mjs";

const LOCAL_WRITES = Symbol.for("marquee.localWrites");
const shared = globalThis as { [LOCAL_WRITES]?: number };

let server: http.Server;
let base = "";
let now = 1_000_000;
let calls = 0;
/** What the app answers: a body counting its calls, marked to keep unless told otherwise. */
let mark: string | null = null;
let cookie = false;

beforeEach(async () => {
  calls = 0;
  now = 1_000_000;
  mark = `${now + 250} 0`;
  cookie = false;
  shared[LOCAL_WRITES] = 0;
  const answers = keptAnswers(() => now);
  server = http.createServer((req, res) => {
    if (answers.answer(req, res)) return;
    answers.watch(req, res);
    calls++;
    res.setHeader("content-type", "application/json");
    res.setHeader("cache-control", "public, s-maxage=1");
    if (mark) res.setHeader("x-marquee-keep", mark);
    if (cookie) res.setHeader("set-cookie", "a=b");
    res.end(JSON.stringify({ call: calls }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((r) => server.close(() => r())));

const offer = "/api/trpc/shop.offer?input=%7B%7D";
const get = async (path = offer, init: RequestInit = {}) => {
  const res = await fetch(base + path, init);
  return {
    body: await res.text(),
    keep: res.headers.get("x-marquee-keep"),
    type: res.headers.get("content-type"),
  };
};

describe("given the app marked an offer to keep for 250 ms", () => {
  it("when asked again within it, then the front sends the same answer and the app is not asked", async () => {
    const first = await get();
    const again = await get();
    expect(calls).toBe(1);
    expect(again).toEqual(first);
    expect(first.keep).toBeNull(); // the mark never leaves the process
    expect(first.type).toBe("application/json");
  });

  it("when its time is up, then the app is asked again", async () => {
    await get();
    await get();
    expect(calls).toBe(1);
    now += 250;
    expect((await get()).body).toBe('{"call":2}');
  });

  it("when this process has written since, then the app is asked again", async () => {
    await get();
    await get();
    expect(calls).toBe(1);
    shared[LOCAL_WRITES] = 1;
    expect((await get()).body).toBe('{"call":2}');
  });

  it("when another URL or host asks, then the app answers it", async () => {
    await get();
    await get("/api/trpc/shop.offer?input=%7B%22a%22%3A1%7D");
    // fetch may not set Host: the same request as another host's, through node:http.
    await new Promise((resolve) =>
      http.get(base + offer, { headers: { host: "tickets.example.com" } }, (res) =>
        res.resume().on("end", resolve),
      ),
    );
    expect(calls).toBe(3);
  });
});

describe("given answers the app did not mark, or may not be kept", () => {
  it("then each request reaches the app", async () => {
    mark = null;
    await get();
    await get();
    mark = `${now + 250} 0`;
    cookie = true;
    await get();
    await get();
    cookie = false;
    await get("/api/trpc/shop.offer", { method: "POST", body: "{}" });
    await get("/api/trpc/shop.offer", { method: "POST", body: "{}" });
    expect(calls).toBe(6);
  });
});
