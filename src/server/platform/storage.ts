// File storage (uploaded images and the like). Store by configuration, like mail.ts: `s3`
// (any S3-compatible service: AWS, MinIO) or `local` — a directory on this machine's disk, for
// development. Production must choose one explicitly (see config.ts).
// S3 requests are signed here with AWS Signature Version 4 (node:crypto): two plain HTTP calls
// do not justify the AWS SDK.
import { createHash, createHmac, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { config } from "./config";

/** A stored file read as a stream: exports are too large to hold in memory. */
export type StoredStream = { stream: ReadableStream<Uint8Array>; contentType: string; size: number | null };

export interface FileStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null>;
  /** Write what `source` yields to `key` without holding it in memory; resolves with the byte count. */
  putStream(key: string, source: Readable, contentType: string): Promise<number>;
  getStream(key: string): Promise<StoredStream | null>;
  /** Delete `key`; a key already gone is not an error. */
  remove(key: string): Promise<void>;
}

/**
 * Copy a stream to a temporary file, counting and hashing it on the way (an S3 PUT needs the
 * length and the hash before the first byte). The caller removes the file.
 */
async function spool(source: Readable): Promise<{ file: string; size: number; sha256: string }> {
  const file = path.join(tmpdir(), `marquee-spool-${randomBytes(8).toString("hex")}`);
  const hash = createHash("sha256");
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(source, tap, createWriteStream(file));
  return { file, size, sha256: hash.digest("hex") };
}

const KEY = /^[a-z0-9_-]+(\/[a-z0-9_.-]+)*$/;

/** Local disk, for development: `<dir>/<key>` holds the bytes, `<dir>/<key>.type` the content type. */
export function localStore(dir: string): FileStore {
  const file = (key: string) => {
    // The pattern alone admits "a/.." (dots are allowed after the first segment), so dot
    // segments are refused separately; ".type" would overwrite another key's content type.
    if (!KEY.test(key) || key.split("/").some((s) => /^\.+$/.test(s)) || key.endsWith(".type"))
      throw new TypeError(`Invalid storage key: ${JSON.stringify(key)}`);
    return path.join(dir, key);
  };
  return {
    async put(key, bytes, contentType) {
      const f = file(key);
      await mkdir(path.dirname(f), { recursive: true });
      // Bytes first: a put interrupted between the two writes reads as missing, not as untyped.
      await writeFile(f, bytes);
      await writeFile(`${f}.type`, contentType);
    },
    async get(key) {
      const f = file(key);
      try {
        const [bytes, contentType] = await Promise.all([readFile(f), readFile(`${f}.type`, "utf8")]);
        return { bytes: new Uint8Array(bytes), contentType };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async putStream(key, source, contentType) {
      const f = file(key);
      await mkdir(path.dirname(f), { recursive: true });
      // Into a side file first, renamed when complete: a reader never sees half a file.
      const part = `${f}.part-${randomBytes(4).toString("hex")}`;
      const out = createWriteStream(part);
      try {
        await pipeline(source, out);
        await rename(part, f);
      } catch (e) {
        await rm(part, { force: true });
        throw e;
      }
      await writeFile(`${f}.type`, contentType);
      return out.bytesWritten;
    },
    async getStream(key) {
      const f = file(key);
      try {
        const [info, contentType] = await Promise.all([stat(f), readFile(`${f}.type`, "utf8")]);
        const stream = Readable.toWeb(createReadStream(f)) as ReadableStream<Uint8Array>;
        return { stream, contentType, size: info.size };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async remove(key) {
      const f = file(key);
      await rm(f, { force: true });
      await rm(`${f}.type`, { force: true });
    },
  };
}

export type S3Options = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/** An S3 bucket, addressed path-style (`<endpoint>/<bucket>/<key>`), which MinIO and AWS both accept. */
export function s3Store(opts: S3Options, fetchImpl: typeof fetch = fetch): FileStore {
  const url = (key: string) =>
    `${opts.endpoint.replace(/\/+$/, "")}/${opts.bucket}/${key.split("/").map(uriEncode).join("/")}`;
  const sign = (method: string, u: string, headers: Record<string, string>, payloadHash: string) => ({
    ...headers,
    ...signV4({
      method,
      url: u,
      headers,
      payloadHash,
      region: opts.region,
      service: "s3",
      accessKeyId: opts.accessKeyId,
      secretAccessKey: opts.secretAccessKey,
      now: new Date(),
    }),
  });
  return {
    async put(key, bytes, contentType) {
      const u = url(key);
      const res = await fetchImpl(u, {
        method: "PUT",
        headers: sign("PUT", u, { "content-type": contentType }, sha256Hex(bytes)),
        body: Buffer.from(bytes),
      });
      if (!res.ok) throw await failure("PUT", key, res);
    },
    async get(key) {
      const u = url(key);
      const res = await fetchImpl(u, { method: "GET", headers: sign("GET", u, {}, EMPTY_SHA256) });
      if (res.status === 404) return null;
      if (!res.ok) throw await failure("GET", key, res);
      return {
        bytes: new Uint8Array(await res.arrayBuffer()),
        contentType: res.headers.get("content-type") ?? "application/octet-stream",
      };
    },
    async putStream(key, source, contentType) {
      const { file, size, sha256 } = await spool(source);
      try {
        const u = url(key);
        const headers = { "content-type": contentType, "content-length": String(size) };
        const res = await fetchImpl(u, {
          method: "PUT",
          headers: sign("PUT", u, headers, sha256),
          body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
          duplex: "half",
        } as RequestInit);
        if (!res.ok) throw await failure("PUT", key, res);
        return size;
      } finally {
        await rm(file, { force: true });
      }
    },
    async getStream(key) {
      const u = url(key);
      const res = await fetchImpl(u, { method: "GET", headers: sign("GET", u, {}, EMPTY_SHA256) });
      if (res.status === 404) return null;
      if (!res.ok || !res.body) throw await failure("GET", key, res);
      const length = res.headers.get("content-length");
      return {
        stream: res.body,
        contentType: res.headers.get("content-type") ?? "application/octet-stream",
        size: length ? Number(length) : null,
      };
    },
    async remove(key) {
      const u = url(key);
      const res = await fetchImpl(u, { method: "DELETE", headers: sign("DELETE", u, {}, EMPTY_SHA256) });
      if (!res.ok && res.status !== 404) throw await failure("DELETE", key, res);
    },
  };
}

async function failure(method: string, key: string, res: Response): Promise<Error> {
  const body = await res.text().catch(() => "");
  return new Error(`S3 ${method} ${key} failed: ${res.status} ${body.slice(0, 300)}`);
}

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
const EMPTY_SHA256 = sha256Hex("");

/**
 * RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ (encodeURIComponent leaves !'()*
 * alone).
 */
function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export type SignV4Request = {
  method: string;
  url: string;
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
  now: Date;
};

/**
 * AWS Signature Version 4 (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
 * Signs all of `headers` plus host, x-amz-date and x-amz-content-sha256, and returns the headers
 * to add to the request: x-amz-date, x-amz-content-sha256 and authorization (host is left to fetch).
 */
export function signV4(req: SignV4Request): Record<string, string> {
  const u = new URL(req.url);
  const amzDate = req.now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, ""); // 20130524T000000Z
  const date = amzDate.slice(0, 8);
  const added = { "x-amz-date": amzDate, "x-amz-content-sha256": req.payloadHash };

  const headers = new Map<string, string>();
  for (const [k, v] of Object.entries({ ...req.headers, host: u.host, ...added }))
    headers.set(k.toLowerCase(), v.trim().replace(/ +/g, " "));
  const names = [...headers.keys()].sort();
  const signedHeaders = names.join(";");

  // S3 encodes each path segment once (other services encode twice); URL has already
  // percent-encoded some characters, so decode first to encode exactly once.
  const canonicalUri =
    u.pathname
      .split("/")
      .map((s) => uriEncode(decodeURIComponent(s)))
      .join("/") || "/";
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const canonicalQuery = [...u.searchParams]
    .map(([k, v]): [string, string] => [uriEncode(k), uriEncode(v)])
    .sort(([a, x], [b, y]) => byCodePoint(a, b) || byCodePoint(x, y))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonicalRequest = [
    req.method,
    canonicalUri,
    canonicalQuery,
    names.map((n) => `${n}:${headers.get(n)}\n`).join(""),
    signedHeaders,
    req.payloadHash,
  ].join("\n");

  const scope = `${date}/${req.region}/${req.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${req.secretAccessKey}`, date), req.region), req.service),
    "aws4_request",
  );
  const signature = createHmac("sha256", signingKey).update(stringToSign).digest("hex");
  return {
    ...added,
    authorization: `AWS4-HMAC-SHA256 Credential=${req.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}

let store: FileStore | undefined;
/** The configured store (STORAGE), created once. */
export function fileStore(): FileStore {
  const c = config();
  store ??=
    c.STORAGE === "s3"
      ? s3Store({
          endpoint: c.S3_ENDPOINT!,
          region: c.S3_REGION,
          bucket: c.S3_BUCKET!,
          accessKeyId: c.S3_ACCESS_KEY_ID!,
          secretAccessKey: c.S3_SECRET_ACCESS_KEY!,
        })
      : localStore(c.STORAGE_DIR);
  return store;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/**
 * The image type by its magic bytes, never by the client's claim. Only PNG and JPEG: PDFKit
 * (tickets) can embed only those, and an SVG could carry script.
 */
export function sniffImage(bytes: Uint8Array): "image/png" | "image/jpeg" | null {
  const starts = (magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
  return starts(PNG) ? "image/png" : starts(JPEG) ? "image/jpeg" : null;
}
