// Uploaded images (logos, favicons, event headers). Keys are unique per upload, so a file never
// changes under its address and may be cached for a year.
import { z } from "zod";
import { readFile } from "@/server/distribution";

/** A stored file's key: a few segments of safe characters (never "..", never a separator in one). */
const fileKey = z.object({
  key: z
    .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/))
    .min(1)
    .max(6),
});

export async function GET(_request: Request, { params }: { params: Promise<unknown> }) {
  const parsed = fileKey.safeParse(await params);
  if (!parsed.success) return new Response("Not found.", { status: 404 });
  const file = await readFile(parsed.data.key.join("/"));
  if (!file) return new Response("Not found.", { status: 404 });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    },
  });
}
