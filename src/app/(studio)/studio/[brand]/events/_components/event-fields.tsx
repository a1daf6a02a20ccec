// An event's fields, for creating it and for editing it.
import { Field } from "@/components/ui";
import { timeZones } from "@/server/offering";
import { studioT } from "../../../_lib/locale";
import { TimeZoneInput } from "./time-zone-input";

export type EventDefaults = {
  name: string;
  venue: string;
  description: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  askAttendeeNames: boolean;
};

export async function EventFields({
  defaults,
  autoFocus = false,
  withSettings = false,
}: {
  defaults?: EventDefaults;
  autoFocus?: boolean;
  withSettings?: boolean;
}) {
  const t = await studioT("catalog");
  return (
    <>
      <Field
        label={t("eventFields.name")}
        name="name"
        required
        autoFocus={autoFocus}
        placeholder={t("eventFields.namePlaceholder")}
        defaultValue={defaults?.name}
      />
      <Field
        label={t("eventFields.venue")}
        name="venue"
        required
        placeholder={t("eventFields.venuePlaceholder")}
        defaultValue={defaults?.venue}
      />
      <TimeZoneInput listId="time-zones" defaultValue={defaults?.timeZone} />
      {/* Every zone, rendered once on the server: the browser filters it as the organizer types. */}
      <datalist id="time-zones">
        {timeZones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <div className="grid grid-cols-2 gap-3">
        <Field
          label={t("eventFields.starts")}
          name="startsAt"
          type="datetime-local"
          required
          hint={t("eventFields.startsHint")}
          defaultValue={defaults?.startsAt}
        />
        <Field
          label={t("eventFields.ends")}
          name="endsAt"
          type="datetime-local"
          required
          defaultValue={defaults?.endsAt}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-description" className="text-sm font-medium text-zinc-800">
          {t("eventFields.description")}
        </label>
        <textarea
          id="f-description"
          name="description"
          rows={4}
          className="rounded-lg border border-zinc-300 px-3 py-2"
          defaultValue={defaults?.description}
        />
      </div>
      {withSettings ? (
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              name="askAttendeeNames"
              defaultChecked={defaults?.askAttendeeNames}
              aria-describedby="f-ask-hint"
              className="h-4 w-4"
            />{" "}
            {t("eventFields.personalTickets")}
          </label>
          <p id="f-ask-hint" className="text-xs text-zinc-500">
            {t("eventFields.personalTicketsHint")}
          </p>
        </div>
      ) : null}
    </>
  );
}
