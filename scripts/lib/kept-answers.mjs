// Public reads answered by the web front itself while the app keeps them (docs/adr/0024, 0038).
// The app marks an answer it keeps for its fresh window with x-marquee-keep: "<until ms> <local
// writes>" (src/server/api/public-reads.ts). Until that time, and while this process has written
// nothing since, the same URL on the same host gets the same bytes from here, without Next's
// routing: the live offer a crowd polls during an on-sale. The header never leaves the process.

const KEEP_HEADER = "x-marquee-keep";
/** The app's count of this process's writes (src/server/platform/fresh.ts). */
const LOCAL_WRITES = Symbol.for("marquee.localWrites");
/** Headers that belong to one exchange, not to the answer. */
const PER_EXCHANGE = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);
const MOST = 1000;

const localWrites = () => globalThis[LOCAL_WRITES] ?? 0;

export function keptAnswers(now = () => Date.now()) {
  /** `${host} ${url}` → { until, writes, status, headers, body } */
  const kept = new Map();
  const keyOf = (req) => `${req.headers.host ?? ""} ${req.url}`;
  const candidate = (req) => req.method === "GET" && req.url?.startsWith("/api/trpc/");

  return {
    /** Sends the kept answer to `req` if there is a fresh one; true if it did. */
    answer(req, res) {
      if (!candidate(req)) return false;
      const key = keyOf(req);
      const a = kept.get(key);
      if (!a) return false;
      if (now() >= a.until || a.writes !== localWrites()) {
        kept.delete(key);
        return false;
      }
      res.writeHead(a.status, { ...a.headers, "content-length": a.body.length });
      res.end(a.body);
      return true;
    },

    /** Watches what the app sends to `req`: an answer marked to keep is kept, and unmarked. */
    watch(req, res) {
      if (!candidate(req)) return;
      let keep = null;
      let read = false;
      // Read (and removed) once, before the headers go: at writeHead, or at the first write or end.
      const readMark = (headers) => {
        if (read) return;
        read = true;
        const mark = headers?.[KEEP_HEADER] ?? res.getHeader(KEEP_HEADER);
        if (mark === undefined) return;
        if (headers) delete headers[KEEP_HEADER];
        res.removeHeader(KEEP_HEADER);
        const [until, writes] = String(mark).split(" ").map(Number);
        if (Number.isFinite(until) && Number.isFinite(writes) && !res.hasHeader("set-cookie"))
          keep = { until, writes, chunks: [] };
      };
      const writeHead = res.writeHead;
      res.writeHead = function (status, ...rest) {
        const headers = rest.find((r) => r && typeof r === "object" && !Array.isArray(r));
        readMark(headers);
        return writeHead.call(this, status, ...rest);
      };
      const write = res.write;
      res.write = function (chunk, ...rest) {
        if (!res.headersSent) readMark();
        if (keep && chunk) keep.chunks.push(Buffer.from(chunk));
        return write.call(this, chunk, ...rest);
      };
      const end = res.end;
      res.end = function (chunk, ...rest) {
        if (!res.headersSent) readMark();
        if (keep && chunk && typeof chunk !== "function") keep.chunks.push(Buffer.from(chunk));
        if (keep && res.statusCode === 200) {
          const headers = {};
          for (const [name, value] of Object.entries(res.getHeaders()))
            if (!PER_EXCHANGE.has(name)) headers[name] = value;
          const key = keyOf(req);
          kept.delete(key);
          kept.set(key, { ...keep, status: 200, headers, body: Buffer.concat(keep.chunks) });
          if (kept.size > MOST) kept.delete(kept.keys().next().value);
        }
        keep = null;
        return end.call(this, chunk, ...rest);
      };
    },
  };
}
