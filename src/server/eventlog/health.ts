import { db } from "@/server/platform/db";

export async function pingDatabase(): Promise<number> {
  const rows = await db().$queryRaw<{ n: bigint }[]>`SELECT coalesce(max(position), 0) AS n FROM event_log`;
  return Number(rows[0]?.n ?? 0);
}
