import { describe, expect, it } from "vitest";
import { importEmbeddedPostgres } from "./database";

describe("the embedded database's package", () => {
  it("given it is imported, then no exit listener of its own can end a failed run with code 0", async () => {
    const before = [process.listeners("beforeExit"), process.listeners("exit")];
    await importEmbeddedPostgres();
    expect([process.listeners("beforeExit"), process.listeners("exit")]).toEqual(before);
  });
});
