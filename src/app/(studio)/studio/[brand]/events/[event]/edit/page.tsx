// An event's details: name, venue, time zone and times, text, and whether checkout asks a name per ticket.
import { instantToZonedLocal } from "@/server/offering";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui";
import { studioBrand, studioEventOr404 } from "../../../../_lib/guard";
import { editEventAction } from "./actions";
import { EventFields } from "../../_components/event-fields";

export const metadata = { title: "Edit event" };

export default async function EditEvent({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventId } = await params;
  const { brand } = await studioBrand(slug, "catalog:write");
  const event = await studioEventOr404(brand.id, eventId);
  return (
    <div className="max-w-xl">
      <Card>
        <h2 className="mb-1 font-semibold">Edit event</h2>
        <p className="mb-4 text-sm text-zinc-600">
          Its shop address stays /s/{brand.slug}/{event.slug}.
        </p>
        <ActionForm
          action={editEventAction.bind(null, brand.slug, event.id)}
          submit="Save event"
          resetOnSuccess={false}
        >
          <EventFields
            withSettings
            defaults={{
              name: event.name,
              venue: event.venue,
              description: event.description,
              timeZone: event.timeZone,
              startsAt: instantToZonedLocal(event.startsAt, event.timeZone),
              endsAt: instantToZonedLocal(event.endsAt, event.timeZone),
              askAttendeeNames: event.askAttendeeNames,
            }}
          />
        </ActionForm>
      </Card>
    </div>
  );
}
