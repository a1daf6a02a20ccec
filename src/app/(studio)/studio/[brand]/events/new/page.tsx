import { ActionForm } from "@/components/action-form";
import { Card, PageTitle } from "@/components/ui";
import { EventFields } from "../_components/event-fields";
import { createEventAction } from "./actions";
import { studioBrand } from "../../../_lib/guard";

export const metadata = { title: "New event" };

export default async function NewEvent({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "catalog:write");
  return (
    <div className="mx-auto max-w-xl">
      <PageTitle sub={`For ${brand.name}. It stays a draft until you publish it.`}>New event</PageTitle>
      <Card>
        <ActionForm
          action={createEventAction.bind(null, brand.slug)}
          submit="Create event"
          pendingLabel="Creating…"
        >
          <EventFields autoFocus withSettings />
        </ActionForm>
      </Card>
    </div>
  );
}
