import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";
import "./fonts.css";

export const metadata: Metadata = { title: { default: "Marquee", template: "%s · Marquee" }, description: "Tickets, merch and bundles, sold under your own brand." };

// Every page is rendered per request: its scripts carry the nonce of that response's CSP, which
// a page built ahead of time cannot know (docs/adr/0017).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 text-zinc-900 antialiased">{children}</body>
    </html>
  );
}
