// The brand's look: theme (with live preview and contrast warnings), logo and favicon.
import Link from "next/link";
import { IMAGE_LIMITS, themeOf } from "@/server/distribution";
import { Card, PageTitle, secondaryButtonClass } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { studioBrand } from "../../_lib/guard";
import { studioT } from "../../_lib/locale";
import { removeBrandImageAction, setThemeAction, uploadBrandImageAction } from "./actions";
import { ThemeEditor } from "./theme-editor";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("areas.theme") };
}

type Words = Awaited<ReturnType<typeof studioT<"shell">>>;

/** The logo's or the favicon's card: the file there is, an upload and a removal. */
function ImageForm({
  slug,
  kind,
  url,
  t,
}: {
  slug: string;
  kind: "logo" | "favicon";
  url: string | null;
  t: Words;
}) {
  return (
    <Card>
      <h2 className="mb-1 font-semibold">{t(`theme.${kind}.title`)}</h2>
      <p className="mb-3 text-sm text-zinc-600">
        {t(`theme.${kind}.hint`)} {t("theme.fileLimit", { kb: Math.round(IMAGE_LIMITS[kind] / 1000) })}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        {/* the uploaded file itself */}
        {url ? (
          <img
            src={url}
            alt={t(`theme.${kind}.current`)}
            className="h-14 w-auto rounded border border-zinc-200 bg-zinc-100 p-1"
          />
        ) : (
          <p className="text-sm text-zinc-500">{t("theme.noneYet")}</p>
        )}
        <ActionForm
          action={uploadBrandImageAction.bind(null, slug, kind)}
          submit={t(`theme.${kind}.upload`)}
          pendingLabel={t("theme.uploading")}
          className="flex flex-col gap-2"
        >
          <label className="text-sm font-medium" htmlFor={`${kind}-file`}>
            {t(`theme.${kind}.file`)}
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
            submit={t(`theme.${kind}.remove`)}
            pendingLabel={t("saving")}
            className="flex flex-col gap-2"
          >
            <span className="sr-only">{t(`theme.${kind}.removeThe`)}</span>
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
  const t = await studioT("shell");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageTitle sub={t("theme.sub")}>{t("areas.theme")}</PageTitle>
        </div>
        <Link className={secondaryButtonClass} href={`/s/${brand.slug}`} target="_blank">
          {t("theme.openShop")}
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
        <ImageForm slug={brand.slug} kind="logo" url={theme.logoUrl} t={t} />
        <ImageForm slug={brand.slug} kind="favicon" url={theme.faviconUrl} t={t} />
      </div>
    </div>
  );
}
