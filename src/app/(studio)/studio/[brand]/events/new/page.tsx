import { ActionForm } from "@/components/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { createEventAction } from "../../../actions";
import { studioBrand } from "../../../_lib/guard";

export const metadata = { title: "New event" };

const ZONES = ["Europe/Berlin", "Europe/London", "Europe/Paris", "Europe/Amsterdam", "Europe/Madrid", "Europe/Rome", "Europe/Vienna", "Europe/Zurich", "America/New_York", "America/Chicago", "America/Los_Angeles", "UTC"];

export default async function NewEvent({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "catalog:write");
  return (
    <div className="mx-auto max-w-xl">
      <PageTitle sub={`For ${brand.name}. It stays a draft until you publish it.`}>New event</PageTitle>
      <Card>
        <ActionForm action={createEventAction.bind(null, brand.slug)} submit="Create event" pendingLabel="Creating…">
          <Field label="Name" name="name" required autoFocus placeholder="Summer Night 2027" />
          <Field label="Venue" name="venue" required placeholder="Kulturhaus, Berlin" />
          <div className="flex flex-col gap-1">
            <label htmlFor="f-timeZone" className="text-sm font-medium text-zinc-800">Time zone</label>
            <select id="f-timeZone" name="timeZone" defaultValue="Europe/Berlin" className="rounded-lg border border-zinc-300 px-3 py-2">
              {ZONES.map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
          </div>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Starts" name="startsAt" type="datetime-local" required hint="In the event's time zone" />
            <Field label="Ends" name="endsAt" type="datetime-local" required />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-description" className="text-sm font-medium text-zinc-800">Description</label>
            <textarea id="f-description" name="description" rows={4} className="rounded-lg border border-zinc-300 px-3 py-2" />
          </div>
        </ActionForm>
      </Card>
    </div>
  );
}
