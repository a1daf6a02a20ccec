// queryAtOnce sends a statement on the pool without Prisma's client (issue 13): what it writes must
// be what Prisma would have written, whatever the process's time zone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, Prisma, queryAtOnce, transaction } from "./db";

const zone = process.env.TZ;
beforeAll(async () => {
  process.env.TZ = "America/New_York"; // Node applies it at once; a Date's local time is now UTC-5
  await db().$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS at_once_probe (via text PRIMARY KEY, at timestamp(3))`,
  );
});
afterAll(() => {
  process.env.TZ = zone;
});

describe("given a Date, when it is written through queryAtOnce and through Prisma", () => {
  it("then both hold the same instant, in UTC like every timestamp column", async () => {
    const at = new Date("2026-12-01T18:00:00.250Z");
    await queryAtOnce(Prisma.sql`INSERT INTO at_once_probe VALUES ('at-once', ${at})`);
    await db().$executeRaw`INSERT INTO at_once_probe VALUES ('prisma', ${at})`;

    const rows = await queryAtOnce<{ via: string; at: string }>(
      Prisma.sql`SELECT via, to_char(at, 'YYYY-MM-DD HH24:MI:SS.MS') AS at FROM at_once_probe ORDER BY via`,
    );

    expect(rows).toEqual([
      { via: "at-once", at: "2026-12-01 18:00:00.250" },
      { via: "prisma", at: "2026-12-01 18:00:00.250" },
    ]);
  });
});

describe("given an open transaction, when queryAtOnce is called inside it", () => {
  it("then it refuses: its statement would not be part of the transaction", async () => {
    await expect(transaction(() => queryAtOnce(Prisma.sql`SELECT 1`))).rejects.toThrow(
      /inside a transaction/,
    );
  });
});
