import { describe, expect, it } from "vitest";
import { importEmbeddedPostgres } from "./database";

describe("the embedded database's package", () => {
  it("given it is imported, then no 'beforeExit' listener of its own can end a failed run with code 0", async () => {
    const before = process.listeners("beforeExit");
    await importEmbeddedPostgres();
    expect(process.listeners("beforeExit")).toEqual(before);
  });
});
