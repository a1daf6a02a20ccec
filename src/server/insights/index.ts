// Insights: read models built from the event log (docs/adr/0027). Public API for pages and the
// dispatcher; nothing here is written by a command.
export { salesProjection } from "./projections/sales";
export { checkInsProjection } from "./projections/check-ins";
export { poolFillProjection } from "./projections/pool-fill";
export {
  headlineFigures,
  salesOverTime,
  revenueByProduct,
  promoCodeUse,
  doorArrivals,
  salesOverTimeByProduct,
  phaseProgress,
  poolFill,
  poolFillOverTime,
  type Headline,
  type InsightsScope,
  type PhaseProgress,
  type PhaseState,
  type PoolFill,
  type PoolFillOverTime,
} from "./queries";
export {
  insightsSearch,
  choosePeriod,
  slotsOf,
  isEventDay,
  MAX_CUSTOM_DAYS,
  type ChosenPeriod,
  type InsightsSearch,
  type PeriodKey,
  type StackBy,
} from "./model/period-choice";
export { stackSeries, OTHER, type SeriesPoint, type StackedSeries, type Stack } from "./model/stacks";
export { bucketOf, previousPeriod, changeBp, type Period } from "./model/buckets";
export { revenueSplit, ALONE, type RevenueSplit } from "./model/revenue-split";
export {
  requestExport,
  buildExport,
  exportsOf,
  exportOf,
  exportFile,
  expireOldExports,
  KEEP_DAYS,
  BUILD_EXPORT_TASK,
  type ExportRecord,
  type ExportScope,
  type ExportSources,
  type PagedSource,
} from "./exports";
export {
  exportRequestInput,
  EXPORT_KINDS,
  EXPORT_FORMATS,
  EXPORT_KIND_LABELS,
  type ExportKind,
  type ExportFormat,
  type ExportRequest,
  type ExportOrder,
  type ExportPayment,
  type ExportRefund,
  type ExportAttendee,
} from "./model/export-table";
export { auditExplorer, AUDIT_PAGE_SIZE } from "./audit";
export { auditSearch, auditFilterOf, auditQuery, type AuditSearch } from "./model/audit-search";
export { AUDIT_SUBJECT_KINDS, type AuditPage, type AuditRow, type AuditSubjectKind } from "@/server/eventlog";
