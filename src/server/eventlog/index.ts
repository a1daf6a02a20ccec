// The event log: append-only domain events, delivered at least once and in order to
// subscribers that keep their own checkpoints; a failing event is retried, then parked. See
// README.md and docs/adr/0004, 0015.
export { wants, type DomainEvent, type EventMetadata, type RecordedEvent, type Subscriber } from "./types";
export type { BatchSubscriber } from "./types";
export { appendToStream, appendToStreams, StreamVersionConflict, type StreamAppend } from "./append";
export { startStreams, type NewStream } from "./append-many";
export { wakeDispatcherSoon } from "./wake";
export { readStream } from "./read";
export { registerUpcasters, type Upcaster } from "./upcast";
export { dispatchOnce, configuredRetryPolicy, type DispatchOptions, type DispatchResult } from "./dispatch";
export { listParked, listRetrying, replayParked } from "./parked";
export type { HeldScope, HeldDeliveryView, ReplayResult } from "./parked";
export { afterFailure, defaultRetryPolicy, type RetryPolicy } from "./retry-policy";
export { rebuildProjections } from "./rebuild";
export { auditTrail, exploreAudit, listAudit, type AuditPage, type AuditRow } from "./audit";
export {
  AUDIT_SUBJECT_KINDS,
  auditSubjectsOf,
  type AuditFilter,
  type AuditSubjectKind,
} from "./audit-subjects";
export { applyOnce, firstDeliveries, forgetReceipts } from "./apply-once";
export { batchProjection } from "./batch-projection";
export { pingDatabase } from "./health";
