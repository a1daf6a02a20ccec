// The audit explorer: the brand's event log, filtered and paged, as the Studio shows it. The log
// and its audit-trail projection belong to the event log; this reads them, by brand, through its door.
import { exploreAudit, type AuditPage } from "@/server/eventlog";
import { auditFilterOf, type AuditSearch } from "./model/audit-search";

export const AUDIT_PAGE_SIZE = 50;

/** One page of the brand's history as the search asks: newest first, `before` the last page's end. */
export function auditExplorer(
  brandId: string,
  search: AuditSearch,
  limit = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const before = search.before ? BigInt(search.before) : undefined;
  return exploreAudit(brandId, auditFilterOf(search), { before, limit });
}
