// Where the shop lives besides /s/<brand>: the brand's own domain, and its own site through the embed
// snippet.
import { embedSnippet, publicUrl, verificationName, type BrandRecord } from "@/server/distribution";
import { studioEvents } from "@/server/offering";
import { Card, EmptyState, Field, PageTitle } from "@/components/ui";
import { ActionForm, FieldError } from "@/components/action-form";
import { studioBrand } from "../../_lib/guard";
import { studioT } from "../../_lib/locale";
import { setShopPlacesAction } from "../theme/actions";
import { checkDomainAction } from "./actions";
import { CopyButton } from "./copy-button";

type Words = Awaited<ReturnType<typeof studioT<"shell">>>;

/** `<code>…</code>` inside a sentence. */
const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export async function generateMetadata() {
  return { title: (await studioT("shell"))("areas.embed") };
}

export default async function EmbedPage({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "brand:write");
  const events = (await studioEvents(brand.id)).filter((e) => e.status === "published");
  const host = new URL(publicUrl()).host;
  const t = await studioT("shell");
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <PageTitle sub={t("embed.sub", { url: `${publicUrl()}/s/${brand.slug}` })}>
          {t("areas.embed")}
        </PageTitle>
      </div>
      <Card>
        <ActionForm
          action={setShopPlacesAction.bind(null, brand.slug)}
          submit={t("embed.save")}
          pendingLabel={t("saving")}
          resetOnSuccess={false}
        >
          <div>
            <h2 className="mb-1 font-semibold">{t("embed.domain.title")}</h2>
            <p className="mb-3 text-sm text-zinc-600">{t.rich("embed.domain.intro", { host, code })}</p>
            <Field
              label={t("embed.domain.label")}
              name="customDomain"
              placeholder={t("embed.domain.placeholder")}
              defaultValue={brand.customDomain ?? ""}
              autoComplete="off"
            />
          </div>
          <div className="flex flex-col gap-1">
            <h2 className="font-semibold">{t("embed.origins.title")}</h2>
            <p className="mb-2 text-sm text-zinc-600">{t.rich("embed.origins.intro", { code })}</p>
            <label htmlFor="embedOrigins" className="text-sm font-medium">
              {t("embed.origins.label")}
            </label>
            <textarea
              id="embedOrigins"
              name="embedOrigins"
              rows={4}
              defaultValue={brand.embedOrigins.join("\n")}
              className="rounded-lg border border-zinc-300 px-3 py-2 font-mono text-sm"
              placeholder={t("embed.origins.placeholder")}
            />
            <FieldError name="embedOrigins" />
          </div>
        </ActionForm>
      </Card>
      {brand.customDomain ? <DomainCheck brand={brand} t={t} /> : null}
      <Card>
        <h2 className="mb-1 font-semibold">{t("embed.snippets.title")}</h2>
        <p className="mb-3 text-sm text-zinc-600">{t("embed.snippets.intro")}</p>
        {events.length === 0 ? (
          <EmptyState title={t("embed.snippets.none")}>{t("embed.snippets.noneHint")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {events.map((e) => (
              <li key={e.id} className="flex flex-col gap-2">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-medium">{e.name}</span>
                  <CopyButton text={embedSnippet(brand.slug, e.slug)} label={t("embed.snippets.copy")} />
                </div>
                {/* It scrolls sideways: focusable, so a keyboard can scroll it too. */}
                <pre
                  className="overflow-x-auto rounded-lg bg-zinc-100 p-3 text-xs"
                  data-testid="embed-snippet"
                  tabIndex={0}
                  aria-label={t("embed.snippets.snippetFor", { event: e.name })}
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
function DomainCheck({ brand, t }: { brand: BrandRecord; t: Words }) {
  const domain = brand.customDomain!;
  if (brand.customDomainVerified) {
    return (
      <Card>
        <h2 className="mb-1 font-semibold">{t("embed.check.verifiedTitle")}</h2>
        <p className="text-sm text-zinc-600" data-testid="domain-verified">
          {t("embed.check.verified", { url: `https://${domain}` })}
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h2 className="mb-1 font-semibold">{t("embed.check.title", { domain })}</h2>
      <p className="mb-3 text-sm text-zinc-600">{t("embed.check.intro")}</p>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="domain-record">
        <dt className="font-medium">{t("embed.check.type")}</dt>
        <dd>
          <code>TXT</code>
        </dd>
        <dt className="font-medium">{t("embed.check.name")}</dt>
        <dd>
          <code className="break-all">{verificationName(domain)}</code>
        </dd>
        <dt className="font-medium">{t("embed.check.value")}</dt>
        <dd>
          <code className="break-all">{brand.customDomainToken}</code>
        </dd>
      </dl>
      <ActionForm
        action={checkDomainAction.bind(null, brand.slug)}
        submit={t("embed.check.submit")}
        pendingLabel={t("embed.check.pending")}
        resetOnSuccess={false}
      >
        <span className="sr-only">{t("embed.check.srSubmit", { domain })}</span>
      </ActionForm>
    </Card>
  );
}
