// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // No network at build or run time: nothing here fetches fonts or images from elsewhere.
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "graphile-worker", "nodemailer", "pg", "pdfkit"],
};
module.exports = nextConfig;
