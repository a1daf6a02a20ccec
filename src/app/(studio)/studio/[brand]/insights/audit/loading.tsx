// Shown while the log is read: the filters' and the table's shape, so nothing jumps.
export default function AuditLoading() {
  return (
    <div className="flex flex-col gap-6" role="status" aria-live="polite">
      <p className="text-sm text-zinc-600">Reading the audit log…</p>
      <div className="h-24 animate-pulse rounded-2xl bg-zinc-100" aria-hidden />
      <div className="h-96 animate-pulse rounded-2xl bg-zinc-100" aria-hidden />
    </div>
  );
}
