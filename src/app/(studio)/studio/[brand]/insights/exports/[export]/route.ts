// A finished export's file, streamed from the file store: the caller must be a member who may
// read the brand's orders; another brand's export, an unfinished or an expired one is a 404.
import { z } from "zod";
import { exportFile } from "@/server/insights";
import { segment, studioFile } from "../../../../_lib/studio-file";

const routeParams = z.object({ brand: segment, export: segment });

export async function GET(_request: Request, { params }: { params: Promise<unknown> }) {
  return studioFile(params, routeParams, "brand:read", async ({ brand }, { export: exportId }) => {
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
