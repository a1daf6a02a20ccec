// A local stand-in for the part of Stripe's HTTP API the adapter uses (Checkout Sessions and
// refunds), for integration tests: the real SDK talks to it over HTTP (STRIPE_API_HOST/PORT/
// PROTOCOL), so request encoding, retries and idempotency keys are exercised for real.
// Plus helpers to build signed webhook deliveries the way Stripe sends them.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import Stripe from "stripe";

export type StubPaymentIntent = {
  id: string;
  object: "payment_intent";
  status: "processing" | "succeeded" | "requires_payment_method" | "canceled";
  amount: number;
  currency: string;
  amount_refunded: number;
};
export type StubSession = {
  id: string;
  object: "checkout.session";
  mode: string;
  url: string | null;
  status: "open" | "complete" | "expired";
  payment_status: "paid" | "unpaid";
  payment_intent: string | null;
  metadata: Record<string, string>;
  client_reference_id: string | null;
  customer_email: string | null;
  success_url: string;
  cancel_url: string;
  expires_at: number;
  created: number;
  amount_total: number;
  currency: string;
  livemode: false;
};
export type StubRequest = {
  method: string;
  path: string;
  idempotencyKey: string | null;
  body: Record<string, unknown>;
  status: number;
};

type Reply = { status: number; json: unknown };

const id = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;
const unix = (ms = Date.now()) => Math.floor(ms / 1000);
const invalid = (message: string, param?: string, status = 400): Reply => ({
  status,
  json: { error: { type: "invalid_request_error", message, ...(param ? { param } : {}) } },
});

/** Stripe's form encoding (`a[b][0][c]=v`) back into nested objects; all-numeric keys become arrays. */
export function parseStripeForm(encoded: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = key.replace(/\]/g, "").split("[");
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  const arrays = (v: unknown): unknown => {
    if (!v || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k)))
      return keys.sort((a, b) => Number(a) - Number(b)).map((k) => arrays(o[k]));
    return Object.fromEntries(keys.map((k) => [k, arrays(o[k])]));
  };
  return arrays(root) as Record<string, unknown>;
}

export type StripeStub = Awaited<ReturnType<typeof startStripeStub>>;

export async function startStripeStub() {
  const sessions = new Map<string, StubSession>();
  const intents = new Map<string, StubPaymentIntent>();
  const requests: StubRequest[] = [];
  /** Idempotency-Key → the request it was first used with and the answer it got. */
  const replays = new Map<string, { route: string; body: string; reply: Reply }>();
  /** "METHOD /path" or "/path" → how many more requests to answer with a 500. */
  const failures = new Map<string, number>();
  let base = "";

  function createSession(body: Record<string, unknown>): Reply {
    if (body.mode !== "payment") return invalid("Only mode=payment is stubbed.", "mode");
    const items = body.line_items as
      | {
          quantity?: string;
          price_data?: { currency?: string; unit_amount?: string; product_data?: { name?: string } };
        }[]
      | undefined;
    const item = items?.[0];
    if (!item || items.length !== 1) return invalid("Exactly one line item is stubbed.", "line_items");
    const quantity = Number(item.quantity ?? 1);
    const amount = Number(item.price_data?.unit_amount);
    const currency = item.price_data?.currency;
    if (!Number.isInteger(amount) || amount < 1)
      return invalid("Invalid integer: unit_amount.", "line_items[0][price_data][unit_amount]");
    if (!currency || currency !== currency.toLowerCase())
      return invalid("Invalid currency.", "line_items[0][price_data][currency]");
    if (!item.price_data?.product_data?.name)
      return invalid(
        "Missing required param: product_data[name].",
        "line_items[0][price_data][product_data][name]",
      );
    if (typeof body.success_url !== "string" || typeof body.cancel_url !== "string")
      return invalid("Missing success_url or cancel_url.", "success_url");
    const now = unix();
    const expiresAt = body.expires_at === undefined ? now + 24 * 3600 : Number(body.expires_at);
    // Stripe's rule: a session lives between 30 minutes and 24 hours.
    if (!Number.isInteger(expiresAt) || expiresAt < now + 30 * 60 || expiresAt > now + 24 * 3600)
      return invalid(
        "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
        "expires_at",
      );
    const sessionId = id("cs_test_");
    const s: StubSession = {
      id: sessionId,
      object: "checkout.session",
      mode: "payment",
      url: `${base}/c/pay/${sessionId}`,
      status: "open",
      payment_status: "unpaid",
      payment_intent: null,
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      client_reference_id: (body.client_reference_id as string | undefined) ?? null,
      customer_email: (body.customer_email as string | undefined) ?? null,
      success_url: body.success_url,
      cancel_url: body.cancel_url,
      expires_at: expiresAt,
      created: now,
      amount_total: amount * quantity,
      currency,
      livemode: false,
    };
    sessions.set(s.id, s);
    return { status: 200, json: s };
  }

  function sessionJson(s: StubSession, expand: unknown): unknown {
    const wanted = Array.isArray(expand) ? expand : expand ? [expand] : [];
    if (wanted.includes("payment_intent") && s.payment_intent)
      return { ...s, payment_intent: intents.get(s.payment_intent) ?? null };
    return s;
  }

  function refund(body: Record<string, unknown>): Reply {
    const pi = intents.get(String(body.payment_intent));
    if (!pi)
      return invalid(`No such payment_intent: '${String(body.payment_intent)}'`, "payment_intent", 404);
    if (pi.status !== "succeeded")
      return invalid(
        `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`,
        "payment_intent",
      );
    const amount = body.amount === undefined ? pi.amount - pi.amount_refunded : Number(body.amount);
    if (amount > pi.amount - pi.amount_refunded)
      return invalid(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${pi.amount - pi.amount_refunded})`,
        "amount",
      );
    pi.amount_refunded += amount;
    return {
      status: 200,
      json: {
        id: id("re_"),
        object: "refund",
        amount,
        currency: pi.currency,
        payment_intent: pi.id,
        status: "succeeded",
        created: unix(),
      },
    };
  }

  function route(method: string, path: string, body: Record<string, unknown>): Reply {
    if (method === "POST" && path === "/v1/checkout/sessions") return createSession(body);
    if (method === "POST" && path === "/v1/refunds") return refund(body);
    const m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/);
    if (m) {
      const s = sessions.get(decodeURIComponent(m[1]!));
      if (!s) return invalid(`No such checkout.session: '${m[1]}'`, "session", 404);
      if (method === "GET" && !m[2]) return { status: 200, json: sessionJson(s, body.expand) };
      if (method === "POST" && m[2]) {
        if (s.status !== "open")
          return invalid(
            `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of \`${s.status}\`.`,
          );
        s.status = "expired";
        s.url = null;
        return { status: 200, json: s };
      }
    }
    return invalid(`Unrecognized request URL (${method}: ${path}).`, undefined, 404);
  }

  function takeFailure(method: string, path: string): boolean {
    for (const key of [`${method} ${path}`, path]) {
      const n = failures.get(key) ?? 0;
      if (n > 0) {
        failures.set(key, n - 1);
        return true;
      }
    }
    return false;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://stub");
    const method = req.method ?? "GET";
    const path = url.pathname;
    const encoded = method === "GET" ? url.search.slice(1) : raw;
    const body = parseStripeForm(encoded);
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;

    let reply: Reply;
    const seen = key ? replays.get(key) : undefined;
    if (takeFailure(method, path)) {
      // Like Stripe's own 500s: nothing was done, nothing saved under the key; the SDK retries.
      reply = {
        status: 500,
        json: { error: { type: "api_error", message: "Stub: injected internal error." } },
      };
    } else if (seen && (seen.route !== `${method} ${path}` || seen.body !== encoded)) {
      reply = {
        status: 400,
        json: {
          error: {
            type: "idempotency_error",
            message:
              "Keys for idempotent requests can only be used with the same parameters they were first used with.",
          },
        },
      };
    } else if (seen) {
      reply = seen.reply;
    } else {
      reply = route(method, path, body);
      if (key && method === "POST" && reply.status < 500)
        replays.set(key, { route: `${method} ${path}`, body: encoded, reply });
    }
    requests.push({ method, path, idempotencyKey: key, body, status: reply.status });
    res.writeHead(reply.status, {
      "content-type": "application/json",
      "request-id": id("req_"),
      ...(seen && reply === seen.reply ? { "idempotent-replayed": "true" } : {}),
    });
    res.end(JSON.stringify(reply.json));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { type: "api_error", message: String(e) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  function session(sessionId: string): StubSession {
    const s = sessions.get(sessionId);
    if (!s) throw new Error(`stripe stub: no session ${sessionId}`);
    return s;
  }

  return {
    host: "127.0.0.1",
    port,
    url: base,
    requests,
    /** A copy of the session as Stripe would show it now. */
    session: (sessionId: string): StubSession => ({ ...session(sessionId) }),
    /**
     * Answer the next `times` requests to `path` ("POST /v1/checkout/sessions", or any method: "/v1/…") with
     * a 500.
     */
    failNext(path: string, times = 1) {
      failures.set(path, (failures.get(path) ?? 0) + times);
    },
    /** The fan pays. `async`: an asynchronous method — the session completes unpaid, processing. */
    pay(sessionId: string, opts: { async?: boolean } = {}): StubSession {
      const s = session(sessionId);
      if (s.status !== "open") throw new Error(`stripe stub: session ${sessionId} is ${s.status}`);
      const pi: StubPaymentIntent = {
        id: id("pi_"),
        object: "payment_intent",
        status: opts.async ? "processing" : "succeeded",
        amount: s.amount_total,
        currency: s.currency,
        amount_refunded: 0,
      };
      intents.set(pi.id, pi);
      Object.assign(s, {
        status: "complete",
        payment_status: opts.async ? "unpaid" : "paid",
        payment_intent: pi.id,
        url: null,
      });
      return { ...s };
    },
    /** The asynchronous payment of a completed session settles. */
    settleAsync(sessionId: string, outcome: "succeeded" | "failed"): StubSession {
      const s = session(sessionId);
      const pi = s.payment_intent ? intents.get(s.payment_intent) : undefined;
      if (!pi || pi.status !== "processing")
        throw new Error(`stripe stub: session ${sessionId} has no processing payment`);
      pi.status = outcome === "succeeded" ? "succeeded" : "requires_payment_method";
      if (outcome === "succeeded") s.payment_status = "paid";
      return { ...s };
    },
    /** The session runs out at Stripe (as at its expires_at). */
    expire(sessionId: string): StubSession {
      const s = session(sessionId);
      if (s.status !== "open") throw new Error(`stripe stub: session ${sessionId} is ${s.status}`);
      Object.assign(s, { status: "expired", url: null });
      return { ...s };
    },
    /** Change what Stripe reports about a session (a session that does not match its payment). */
    tamper(sessionId: string, patch: Partial<StubSession>): StubSession {
      return { ...Object.assign(session(sessionId), patch) };
    },
    /** How many requests arrived with this Idempotency-Key (retries included). */
    requestsWithKey: (key: string) => requests.filter((r) => r.idempotencyKey === key).length,
    requestsTo: (method: string, path: string) =>
      requests.filter((r) => r.method === method && r.path === path),
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

/** A Stripe event as Stripe would POST it to the webhook: the raw JSON body and its signature header. */
export function signedEvent(
  type: string,
  object: unknown,
  secret: string,
  opts: { eventId?: string; timestamp?: number } = {},
): { payload: string; signature: string } {
  const payload = JSON.stringify(
    {
      id: opts.eventId ?? id("evt_"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: unix(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    },
    null,
    2,
  );
  return {
    payload,
    signature: Stripe.webhooks.generateTestHeaderString({
      payload,
      secret,
      ...(opts.timestamp ? { timestamp: opts.timestamp } : {}),
    }),
  };
}
