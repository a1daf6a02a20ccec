// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // No network at build or run time: nothing here fetches fonts or images from elsewhere.
  poweredByHeader: false,
  // Logos and event header images are uploaded through server actions (the largest allowed is 3 MB).
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  serverExternalPackages: ["@node-rs/argon2", "graphile-worker", "nodemailer", "pg", "pdfkit"],
};
module.exports = nextConfig;
