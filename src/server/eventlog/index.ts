// The event log: append-only domain events, delivered at least once and in order to
// subscribers that keep their own checkpoints. See README.md and docs/adr/0004.
export { wants, type DomainEvent, type EventMetadata, type RecordedEvent, type Subscriber } from "./types";
export { appendToStream, StreamVersionConflict } from "./append";
export { readStream } from "./read";
export { dispatchOnce } from "./dispatch";
export { rebuildProjections } from "./rebuild";
export { auditTrail, listAudit, type AuditRow } from "./audit";
export { applyOnce, forgetReceipts } from "./apply-once";
export { pingDatabase } from "./health";
