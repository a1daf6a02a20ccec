// npm start stops the embedded database right after the app's pools are closed: a connection
// still closing then gets "terminating connection due to administrator command" (the
// fresh-machine smoke's clean-stop check failed on it about one stop in six).
import { describe, expect, it } from "vitest";
import pg from "pg";
import { closePool } from "./close-pool";

describe("given a pool with open connections, when it is closed", () => {
  it("then each connection has ended before it returns", async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 6 });
    const clients = await Promise.all(Array.from({ length: 6 }, () => pool.connect()));
    let ended = 0;
    for (const c of clients) {
      c.on("end", () => ended++);
      c.release();
    }

    await closePool(pool);

    expect(ended).toBe(6);
  });
});
