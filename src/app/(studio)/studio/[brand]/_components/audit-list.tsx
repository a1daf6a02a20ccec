"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { formatDateTime } from "@/components/format";
import { logEntrySentence } from "@/components/labels";

/** Who did what, when: read from the audit-trail projection of the event log. */
export function AuditList({ brandSlug, eventId }: { brandSlug: string; eventId?: string }) {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.studio.audit.queryOptions({ brandSlug, eventId }), refetchInterval: 5000 });
  if (q.isPending) return <p className="text-sm text-zinc-500">Loading the audit log…</p>;
  if (q.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {q.error.message}
      </p>
    );
  if (q.data.length === 0) return <p className="text-sm text-zinc-500">Nothing recorded yet.</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="audit-list">
      <thead className="text-zinc-500">
        <tr>
          <th className="py-2">When</th>
          <th>Who</th>
          <th>What</th>
          <th>Details</th>
        </tr>
      </thead>
      <tbody>
        {q.data.map((a) => (
          <tr key={a.position} className="border-t border-zinc-100">
            <td className="py-1.5 whitespace-nowrap text-zinc-600">{formatDateTime(a.recordedAt)}</td>
            <td className="whitespace-nowrap">{a.actor}</td>
            <td className="font-medium">{logEntrySentence(a.type)}</td>
            <td className="text-zinc-600">{a.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
