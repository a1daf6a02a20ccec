// Test helpers for refusals: the DomainError a call throws, or a failure if it throws none.
import { DomainError, isDomainError } from "@/server/platform/errors";

export function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError, but nothing was thrown");
}

/** The code and message of an async refusal. */
export async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected a refusal");
}
