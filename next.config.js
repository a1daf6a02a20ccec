// @ts-check
// Security headers on every response (docs/adr/0017). The Content-Security-Policy is not here:
// src/proxy.ts sets it per page (a nonce per response, the embed's frame-ancestors per brand),
// and /files sets its own — a header here would overwrite theirs.
const production = process.env.NODE_ENV === "production";
const everywhere = [
  // Browsers keep to HTTPS for two years once they have seen this over HTTPS (ignored over HTTP).
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The check-in desk scans with the camera; nothing else needs a device or a sensor.
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No network at build or run time: nothing here fetches fonts or images from elsewhere.
  poweredByHeader: false,
  // No ETag on pages: Next hashes every page's whole HTML for it, in JavaScript, on every response
  // (a tenth of a millisecond of CPU for a 17 kB event page, the most of any one function in a
  // profile of the on-sale). Pages are cached by their Cache-Control, never revalidated by ETag.
  generateEtags: false,
  // Logos and event header images are uploaded through server actions (the largest allowed is 3 MB).
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  async headers() {
    return [{ source: "/:path*", headers: everywhere }];
  },
  // `npm test` type-checks on its own (tsc, beside lint) and `npm start` only needs something to
  // run: their builds skip Next's second type check, about 15 s of a small machine's first start.
  typescript: { ignoreBuildErrors: process.env.MARQUEE_BUILD_TYPECHECK === "off" },
  // Next's own page cache, plus every other web process's revalidations heard through PostgreSQL
  // (docs/adr/0036): a theme saved on one process shows on all of them at once.
  cacheHandler: require.resolve("./scripts/lib/page-cache-handler.mjs"),
  serverExternalPackages: ["@node-rs/argon2", "graphile-worker", "nodemailer", "pg", "pdfkit"],
};
module.exports = nextConfig;
