// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // No network at build or run time: nothing here fetches fonts or images from elsewhere.
  poweredByHeader: false,
  // Logos and event header images are uploaded through server actions (the largest allowed is 3 MB).
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  // No page may be framed by another site (clickjacking) — except the embed, whose allowed
  // origins src/proxy.ts sets per brand. Static here, so the shop's hot paths skip the proxy.
  async headers() {
    return [{ source: "/((?!embed/).*)", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'self'" }] }];
  },
  serverExternalPackages: ["@node-rs/argon2", "graphile-worker", "nodemailer", "pg", "pdfkit"],
};
module.exports = nextConfig;
