// Uploaded images (logos, favicons, event headers). Keys are unique per upload, so a file never
// changes under its address and may be cached for a year.
import { readFile } from "@/server/distribution";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const file = await readFile(key.join("/"));
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
