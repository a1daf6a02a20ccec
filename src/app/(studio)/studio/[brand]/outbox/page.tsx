import { createCaller } from "@/server/api/root";
import { createContext } from "@/server/api/trpc";
import { Badge, Card, EmptyState, PageTitle } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { studioBrand } from "../../_lib/guard";

export const metadata = { title: "Mail outbox" };

export default async function Outbox({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "brand:read");
  const mails = await createCaller(await createContext()).studio.outbox({ brandSlug: brand.slug });
  return (
    <div>
      <PageTitle sub="E-mails sent for this brand. With the local outbox transport (development) this is where they go instead of a mail server.">
        Mail outbox
      </PageTitle>
      {mails.length === 0 ? (
        <EmptyState title="No e-mails yet">Order confirmations appear here.</EmptyState>
      ) : (
        <div className="flex flex-col gap-4">
          {mails.map((m) => (
            <Card key={m.id}>
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  <strong>{m.subject}</strong> → {m.to}
                </span>
                <span className="flex items-center gap-2 text-zinc-500">
                  {formatDateTime(m.createdAt)}{" "}
                  <Badge tone={m.status === "sent" ? "green" : "amber"}>{m.status}</Badge>
                </span>
              </div>
              <iframe
                title={`E-mail: ${m.subject}`}
                sandbox=""
                srcDoc={m.html}
                className="h-96 w-full rounded-lg border border-zinc-200 bg-white"
              />
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
