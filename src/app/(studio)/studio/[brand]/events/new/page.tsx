import { ActionForm } from "@/components/action-form";
import { Card, PageTitle } from "@/components/ui";
import { EventFields } from "../_components/event-fields";
import { createEventAction } from "./actions";
import { studioBrand } from "../../../_lib/guard";
import { studioT } from "../../../_lib/locale";

export async function generateMetadata() {
  const t = await studioT("catalog");
  return { title: t("titles.newEvent") };
}

export default async function NewEvent({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const [{ brand }, t] = await Promise.all([studioBrand(slug, "catalog:write"), studioT("catalog")]);
  return (
    <div className="mx-auto max-w-xl">
      <PageTitle sub={t("newEvent.sub", { brand: brand.name })}>{t("newEvent.title")}</PageTitle>
      <Card>
        <ActionForm
          action={createEventAction.bind(null, brand.slug)}
          submit={t("newEvent.create")}
          pendingLabel={t("newEvent.creating")}
        >
          <EventFields autoFocus withSettings />
        </ActionForm>
      </Card>
    </div>
  );
}
