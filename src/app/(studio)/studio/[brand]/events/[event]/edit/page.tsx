// An event's details: name, venue, time zone and times, text, and whether checkout asks a name per ticket;
// its name and text in the brand's other languages, with what is still missing.
import { instantToZonedLocal, missingTranslations } from "@/server/offering";
import { LOCALE_NAMES } from "@/server/platform/i18n";
import { Field } from "@/components/ui";
import { TextAreaField } from "@/components/field";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui";
import { studioBrand, studioEventOr404 } from "../../../../_lib/guard";
import { editEventAction, translateEventAction } from "./actions";
import { EventFields } from "../../_components/event-fields";

export const metadata = { title: "Edit event" };

export default async function EditEvent({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventId } = await params;
  const { brand } = await studioBrand(slug, "catalog:write");
  const event = await studioEventOr404(brand.id, eventId);
  const others = brand.languages.filter((l) => l !== brand.defaultLanguage);
  const missing = missingTranslations(event, event.translations, brand.languages, brand.defaultLanguage);
  return (
    <div className="flex max-w-xl flex-col gap-6">
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
      {others.length ? (
        <Card>
          <h2 className="mb-1 font-semibold">Translations</h2>
          <p className="mb-2 text-sm text-zinc-600">
            The texts above are in {LOCALE_NAMES[brand.defaultLanguage]}, your shop&apos;s default. A fan
            reading another language sees them where a translation is missing.
          </p>
          {missing.length ? (
            <p className="mb-4 text-sm text-amber-800" data-testid="missing-translations">
              Missing: {missing.map((m) => `${LOCALE_NAMES[m.locale]} (${m.fields.join(", ")})`).join("; ")}.
            </p>
          ) : (
            <p className="mb-4 text-sm text-green-700">Every language has its texts.</p>
          )}
          <ActionForm
            action={translateEventAction.bind(null, brand.slug, event.id)}
            submit="Save translations"
            resetOnSuccess={false}
          >
            {others.map((locale) => (
              <fieldset key={locale} className="flex flex-col gap-3" lang={locale}>
                <legend className="mb-1 text-sm font-semibold">{LOCALE_NAMES[locale]}</legend>
                <Field
                  label={`Name (${LOCALE_NAMES[locale]})`}
                  name={`${locale}.name`}
                  defaultValue={event.translations[locale]?.name ?? ""}
                  maxLength={120}
                />
                <TextAreaField
                  label={`Description (${LOCALE_NAMES[locale]})`}
                  name={`${locale}.description`}
                  rows={4}
                  maxLength={5000}
                  defaultValue={event.translations[locale]?.description ?? ""}
                />
              </fieldset>
            ))}
          </ActionForm>
        </Card>
      ) : null}
    </div>
  );
}
