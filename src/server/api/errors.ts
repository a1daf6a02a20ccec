// The one place domain errors become protocol errors: tRPC codes here, HTTP statuses in
// platform/errors.ts (route handlers), form states in server actions.
import { TRPCError } from "@trpc/server";
import type { ErrorCode } from "@/server/platform/errors";

type TrpcCode = ConstructorParameters<typeof TRPCError>[0]["code"];

export const TRPC_CODE: Record<ErrorCode, TrpcCode> = {
  Invalid: "BAD_REQUEST",
  Unauthenticated: "UNAUTHORIZED",
  NotAllowed: "FORBIDDEN",
  NotFound: "NOT_FOUND",
  Conflict: "CONFLICT",
  SoldOut: "CONFLICT",
  HoldExpired: "PRECONDITION_FAILED",
  TooManyRequests: "TOO_MANY_REQUESTS",
};
