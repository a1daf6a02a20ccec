// A finished export's file, streamed from the file store: the caller must be a member who may
// read the brand's orders; another brand's export, an unfinished or an expired one is a 404.
import { z } from "zod";
import { exportFile } from "@/server/insights";
import { studioFile } from "../../../../_lib/studio-file";

const routeParams = z.object({ brand: z.string().min(1).max(64), export: z.string().min(1).max(64) });

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ brand: string; export: string }> },
) {
  const parsed = routeParams.safeParse(await params);
  if (!parsed.success) return new Response("Not found.", { status: 404 });
  const { brand: slug, export: exportId } = parsed.data;
  return studioFile(slug, "brand:read", async ({ brand }) => {
    const file = await exportFile(brand.id, exportId);
    const ascii = file.fileName.replace(/[^a-z0-9._-]/gi, "-");
    return new Response(file.stream, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        ...(file.size !== null ? { "content-length": String(file.size) } : {}),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
