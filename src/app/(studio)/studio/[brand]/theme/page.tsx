// The brand's look: theme (with live preview and contrast warnings), logo and favicon.
import Link from "next/link";
import { IMAGE_LIMITS, themeOf } from "@/server/distribution";
import { Card, PageTitle, secondaryButtonClass } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { studioBrand } from "../../_lib/guard";
import { removeBrandImageAction, setThemeAction, uploadBrandImageAction } from "./actions";
import { ThemeEditor } from "./theme-editor";

export const metadata = { title: "Theme" };

function ImageForm({
  slug,
  kind,
  url,
  label,
  hint,
}: {
  slug: string;
  kind: "logo" | "favicon";
  url: string | null;
  label: string;
  hint: string;
}) {
  return (
    <Card>
      <h2 className="mb-1 font-semibold">{label}</h2>
      <p className="mb-3 text-sm text-zinc-600">
        {hint} PNG or JPEG, at most {Math.round(IMAGE_LIMITS[kind] / 1000)} kB.
      </p>
      <div className="flex flex-wrap items-start gap-4">
        {/* the uploaded file itself */}
        {url ? (
          <img
            src={url}
            alt={`Current ${kind}`}
            className="h-14 w-auto rounded border border-zinc-200 bg-zinc-100 p-1"
          />
        ) : (
          <p className="text-sm text-zinc-500">None yet.</p>
        )}
        <ActionForm
          action={uploadBrandImageAction.bind(null, slug, kind)}
          submit={`Upload ${kind}`}
          pendingLabel="Uploading…"
          className="flex flex-col gap-2"
        >
          <label className="text-sm font-medium" htmlFor={`${kind}-file`}>
            {label} file
          </label>
          <input
            id={`${kind}-file`}
            type="file"
            name={kind}
            accept="image/png,image/jpeg"
            className="text-sm"
          />
        </ActionForm>
        {url ? (
          <ActionForm
            action={removeBrandImageAction.bind(null, slug, kind)}
            submit={`Remove ${kind}`}
            className="flex flex-col gap-2"
          >
            <span className="sr-only">Remove the {kind}</span>
          </ActionForm>
        ) : null}
      </div>
    </Card>
  );
}

export default async function ThemePage({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "brand:write");
  const theme = themeOf(brand);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageTitle sub="How your shop, embeds, order pages, e-mails and PDF tickets look.">Theme</PageTitle>
        </div>
        <Link className={secondaryButtonClass} href={`/s/${brand.slug}`} target="_blank">
          Open the shop
        </Link>
      </div>
      <Card>
        <ThemeEditor
          initial={{
            primaryColor: theme.primaryColor,
            accentColor: theme.accentColor,
            background: theme.background,
            font: theme.font,
            buttonShape: theme.buttonShape,
          }}
          brandName={brand.name}
          logoUrl={theme.logoUrl}
          action={setThemeAction.bind(null, brand.slug)}
        />
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <ImageForm
          slug={brand.slug}
          kind="logo"
          url={theme.logoUrl}
          label="Logo"
          hint="Shown in the shop's header, on e-mails and on PDF tickets."
        />
        <ImageForm
          slug={brand.slug}
          kind="favicon"
          url={theme.faviconUrl}
          label="Favicon"
          hint="The small icon in the browser tab. Square works best."
        />
      </div>
    </div>
  );
}
