import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { localStore, s3Store, signV4, sniffImage } from "./storage";

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const bytes = (s: string) => new TextEncoder().encode(s);

describe("signV4", () => {
  // The worked examples of https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
  const example = {
    region: "us-east-1",
    service: "s3",
    accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    now: new Date("2013-05-24T00:00:00Z"),
  };
  const signature = (authorization: string | undefined) =>
    authorization?.match(/Signature=([0-9a-f]{64})$/)?.[1];

  it("reproduces AWS's GET Object example", () => {
    const added = signV4({
      ...example,
      method: "GET",
      url: "https://examplebucket.s3.amazonaws.com/test.txt",
      headers: { Range: "bytes=0-9" },
      payloadHash: sha256(""),
    });
    expect(added["x-amz-date"]).toBe("20130524T000000Z");
    expect(added["x-amz-content-sha256"]).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(added.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("reproduces AWS's PUT Object example, encoding $ in the key as %24", () => {
    const added = signV4({
      ...example,
      method: "PUT",
      url: "https://examplebucket.s3.amazonaws.com/test$file.text",
      headers: { Date: "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class": "REDUCED_REDUNDANCY" },
      payloadHash: sha256("Welcome to Amazon S3."),
    });
    expect(added.authorization).toContain(
      "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,",
    );
    expect(signature(added.authorization)).toBe(
      "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
    );
  });

  it("reproduces AWS's GET Bucket (List Objects) example, with a sorted query string", () => {
    const added = signV4({
      ...example,
      method: "GET",
      url: "https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J",
      headers: {},
      payloadHash: sha256(""),
    });
    expect(signature(added.authorization)).toBe(
      "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
    );
  });
});

describe("s3Store against a stub S3", () => {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        // What a real S3 would refuse: a request not signed with our key, or a body that does not match its declared hash.
        if (
          !req.headers.authorization?.startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/") ||
          req.headers["x-amz-content-sha256"] !== sha256(body)
        ) {
          res.writeHead(403).end("<Error><Code>SignatureDoesNotMatch</Code></Error>");
          return;
        }
        if (req.url === "/uploads/broken") {
          res.writeHead(500).end("<Error><Code>InternalError</Code></Error>");
        } else if (req.method === "DELETE") {
          objects.delete(req.url!);
          res.writeHead(204).end();
        } else if (req.method === "PUT") {
          objects.set(req.url!, { body, contentType: req.headers["content-type"]! });
          res.writeHead(200).end();
        } else {
          const o = objects.get(req.url!);
          if (o) res.writeHead(200, { "content-type": o.contentType }).end(o.body);
          else res.writeHead(404).end("<Error><Code>NoSuchKey</Code></Error>");
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const store = () =>
    s3Store({
      endpoint,
      region: "us-east-1",
      bucket: "uploads",
      accessKeyId: "AKIDTEST",
      secretAccessKey: "secret",
    });

  it("puts an object and gets back its bytes and content type", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    await store().put("brands/b_1/logo.png", png, "image/png");
    expect(objects.has("/uploads/brands/b_1/logo.png")).toBe(true);
    const got = await store().get("brands/b_1/logo.png");
    expect(got?.contentType).toBe("image/png");
    expect(Buffer.from(got!.bytes).equals(png)).toBe(true);
  });

  it("gets null for a missing object", async () => {
    expect(await store().get("brands/b_1/none.png")).toBeNull();
  });

  it("throws on a server error, with the status and the body", async () => {
    await expect(store().get("broken")).rejects.toThrow(/500 <Error><Code>InternalError/);
    await expect(store().put("broken", bytes("x"), "text/plain")).rejects.toThrow(/500/);
  });

  describe("when a file is written as a stream", () => {
    it("puts it signed with its hash, streams it back, and deletes it", async () => {
      const parts = ["id,total\r\n", "1,1250\r\n", "2,990\r\n"];
      const size = await store().putStream("exports/b_1/x.csv", Readable.from(parts), "text/csv");
      expect(size).toBe(parts.join("").length);
      const got = await store().getStream("exports/b_1/x.csv");
      expect(got?.contentType).toBe("text/csv");
      expect(await new Response(got!.stream).text()).toBe(parts.join(""));
      await store().remove("exports/b_1/x.csv");
      expect(await store().getStream("exports/b_1/x.csv")).toBeNull();
    });
  });
});

describe("localStore", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "marquee-storage-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes the bytes and their content type, creating directories", async () => {
    const store = localStore(dir);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1]);
    await store.put("brands/b_1/logo.jpg", jpeg, "image/jpeg");
    expect(await store.get("brands/b_1/logo.jpg")).toEqual({ bytes: jpeg, contentType: "image/jpeg" });
  });

  it("gets null for a missing key", async () => {
    expect(await localStore(dir).get("brands/b_1/none.png")).toBeNull();
  });

  describe("when a file is written as a stream", () => {
    it("writes it whole, streams it back with its size, and deletes it", async () => {
      const store = localStore(dir);
      const rows = Array.from({ length: 1000 }, (_, i) => `${i},${i * 100}\r\n`);
      const size = await store.putStream("exports/b_1/e.csv", Readable.from(rows), "text/csv");
      const got = await store.getStream("exports/b_1/e.csv");
      expect(got?.size).toBe(size);
      expect(await new Response(got!.stream).text()).toBe(rows.join(""));
      await store.remove("exports/b_1/e.csv");
      expect(await store.getStream("exports/b_1/e.csv")).toBeNull();
    });

    it("leaves nothing behind when the source fails half way", async () => {
      const store = localStore(dir);
      async function* failing() {
        yield "a,b\r\n";
        throw new Error("the database went away");
      }
      await expect(
        store.putStream("exports/b_1/f.csv", Readable.from(failing()), "text/csv"),
      ).rejects.toThrow(/went away/);
      expect(await store.getStream("exports/b_1/f.csv")).toBeNull();
    });
  });

  for (const key of ["../x", "/etc/passwd", "a/../../b", "a/..", "Upper/case", "a//b", "a/b.type"]) {
    it(`refuses the key ${key}`, async () => {
      await expect(localStore(dir).put(key, bytes("x"), "text/plain")).rejects.toThrow(TypeError);
      await expect(localStore(dir).get(key)).rejects.toThrow(TypeError);
    });
  }
});

describe("sniffImage", () => {
  it("recognises PNG and JPEG by their magic bytes", () => {
    expect(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe(
      "image/png",
    );
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
  });
  it("refuses anything else, SVG included, and empty bytes", () => {
    expect(
      sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
    expect(sniffImage(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
  });
});
