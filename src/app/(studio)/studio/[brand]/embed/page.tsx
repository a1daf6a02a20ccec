// Where the shop lives besides /s/<brand>: the brand's own domain, and its own site through the embed
// snippet.
import { embedSnippet, publicUrl, verificationName, type BrandRecord } from "@/server/distribution";
import { studioEvents } from "@/server/offering";
import { Card, EmptyState, Field, PageTitle } from "@/components/ui";
import { ActionForm, FieldError } from "@/components/action-form";
import { studioBrand } from "../../_lib/guard";
import { setShopPlacesAction } from "../theme/actions";
import { checkDomainAction } from "./actions";
import { CopyButton } from "./copy-button";

export const metadata = { title: "Domain & embed" };

export default async function EmbedPage({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "brand:write");
  const events = (await studioEvents(brand.id)).filter((e) => e.status === "published");
  const host = new URL(publicUrl()).host;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <PageTitle
          sub={`Your shop is always at ${publicUrl()}/s/${brand.slug}. It can also live on your own domain and inside your own site.`}
        >
          Domain &amp; embed
        </PageTitle>
      </div>
      <Card>
        <ActionForm action={setShopPlacesAction.bind(null, brand.slug)} submit="Save" resetOnSuccess={false}>
          <div>
            <h2 className="mb-1 font-semibold">Your own domain</h2>
            <p className="mb-3 text-sm text-zinc-600">
              Point a CNAME record for it at <code>{host}</code>; once you have shown it is yours (below),
              visitors of that domain see your shop. Leave empty for none.
            </p>
            <Field
              label="Domain"
              name="customDomain"
              placeholder="e.g. tickets.yourbrand.com"
              defaultValue={brand.customDomain ?? ""}
              autoComplete="off"
            />
          </div>
          <div className="flex flex-col gap-1">
            <h2 className="font-semibold">Sites that may embed your shop</h2>
            <p className="mb-2 text-sm text-zinc-600">
              One address per line, like <code>https://yourbrand.com</code>. Browsers refuse to show the
              embedded shop anywhere else (so nobody can pass your shop off as theirs).
            </p>
            <label htmlFor="embedOrigins" className="text-sm font-medium">
              Allowed sites
            </label>
            <textarea
              id="embedOrigins"
              name="embedOrigins"
              rows={4}
              defaultValue={brand.embedOrigins.join("\n")}
              className="rounded-lg border border-zinc-300 px-3 py-2 font-mono text-sm"
              placeholder="e.g. https://yourbrand.com"
            />
            <FieldError name="embedOrigins" />
          </div>
        </ActionForm>
      </Card>
      {brand.customDomain ? <DomainCheck brand={brand} /> : null}
      <Card>
        <h2 className="mb-1 font-semibold">Embed snippets</h2>
        <p className="mb-3 text-sm text-zinc-600">
          Paste one where the shop should appear. It sizes itself to its content, works several times on one
          page, opens payment in a new tab and needs no cookies from your visitors&apos; browsers.
        </p>
        {events.length === 0 ? (
          <EmptyState title="No event on sale">Publish an event to get its snippet.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {events.map((e) => (
              <li key={e.id} className="flex flex-col gap-2">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-medium">{e.name}</span>
                  <CopyButton text={embedSnippet(brand.slug, e.slug)} label="Copy snippet" />
                </div>
                {/* It scrolls sideways: focusable, so a keyboard can scroll it too. */}
                <pre
                  className="overflow-x-auto rounded-lg bg-zinc-100 p-3 text-xs"
                  data-testid="embed-snippet"
                  tabIndex={0}
                  aria-label={`Snippet for ${e.name}`}
                >
                  {embedSnippet(brand.slug, e.slug)}
                </pre>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** Whether the brand's domain is proved to be theirs; until it is, the record to add and "Check now". */
function DomainCheck({ brand }: { brand: BrandRecord }) {
  const domain = brand.customDomain!;
  if (brand.customDomainVerified) {
    return (
      <Card>
        <h2 className="mb-1 font-semibold">Your domain is verified</h2>
        <p className="text-sm text-zinc-600" data-testid="domain-verified">
          https://{domain} shows your shop.
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h2 className="mb-1 font-semibold">Show that {domain} is yours</h2>
      <p className="mb-3 text-sm text-zinc-600">
        Until then it shows nothing. Add this TXT record where your domain&apos;s DNS is managed, then check:
      </p>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="domain-record">
        <dt className="font-medium">Type</dt>
        <dd>
          <code>TXT</code>
        </dd>
        <dt className="font-medium">Name</dt>
        <dd>
          <code className="break-all">{verificationName(domain)}</code>
        </dd>
        <dt className="font-medium">Value</dt>
        <dd>
          <code className="break-all">{brand.customDomainToken}</code>
        </dd>
      </dl>
      <ActionForm
        action={checkDomainAction.bind(null, brand.slug)}
        submit="Check now"
        pendingLabel="Checking…"
        resetOnSuccess={false}
      >
        <span className="sr-only">Check the DNS record for {domain}</span>
      </ActionForm>
    </Card>
  );
}
