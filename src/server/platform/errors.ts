// Errors are values with codes. The domain throws these; src/server/api/errors.ts maps them
// to tRPC/HTTP codes and the UI shows `message`, which is written for the person who acts on it.
export type ErrorCode =
  | "Invalid"
  | "NotFound"
  | "NotAllowed"
  | "Unauthenticated"
  | "Conflict"
  | "SoldOut"
  | "HoldExpired"
  | "TooManyRequests";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = code;
  }
}

export const invalid = (message: string, details?: Record<string, unknown>) =>
  new DomainError("Invalid", message, details);
/**
 * Several problems of one form at once, each at its field: `details.fields` maps every field to
 * its message (the first for a field wins); `message` and `details.field` are the first problem's.
 */
export function invalidAll(issues: readonly { field: string; message: string }[]) {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.field] ??= i.message;
  return new DomainError("Invalid", issues[0]?.message ?? "Check this form.", {
    field: issues[0]?.field,
    fields,
  });
}
export const notFound = (message: string) => new DomainError("NotFound", message);
export const notAllowed = (message = "You do not have access to this.") =>
  new DomainError("NotAllowed", message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError("Conflict", message, details);

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  Invalid: 400,
  Unauthenticated: 401,
  NotAllowed: 403,
  NotFound: 404,
  Conflict: 409,
  SoldOut: 409,
  HoldExpired: 410,
  TooManyRequests: 429,
};
