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
import { studioT } from "../../../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("catalog"))("eventEdit.title") };
}

export default async function EditEvent({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventId } = await params;
  const [{ brand }, t] = await Promise.all([studioBrand(slug, "catalog:write"), studioT("catalog")]);
  const event = await studioEventOr404(brand.id, eventId);
  const others = brand.languages.filter((l) => l !== brand.defaultLanguage);
  const missing = missingTranslations(event, event.translations, brand.languages, brand.defaultLanguage);
  const missingIn = (m: (typeof missing)[number]) =>
    t("eventEdit.missingIn", {
      language: LOCALE_NAMES[m.locale],
      fields: m.fields.map((f) => t(`eventEdit.fields.${f}`)).join(", "),
    });
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <Card>
        <h2 className="mb-1 font-semibold">{t("eventEdit.title")}</h2>
        <p className="mb-4 text-sm text-zinc-600">
          {t("eventEdit.address", { address: `/s/${brand.slug}/${event.slug}` })}
        </p>
        <ActionForm
          action={editEventAction.bind(null, brand.slug, event.id)}
          submit={t("eventEdit.save")}
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
          <h2 className="mb-1 font-semibold">{t("eventEdit.translations")}</h2>
          <p className="mb-2 text-sm text-zinc-600">
            {t("eventEdit.translationsHint", { language: LOCALE_NAMES[brand.defaultLanguage] })}
          </p>
          {missing.length ? (
            <p className="mb-4 text-sm text-amber-800" data-testid="missing-translations">
              {t("eventEdit.missing", { list: missing.map(missingIn).join("; ") })}
            </p>
          ) : (
            <p className="mb-4 text-sm text-green-700">{t("eventEdit.complete")}</p>
          )}
          <ActionForm
            action={translateEventAction.bind(null, brand.slug, event.id)}
            submit={t("eventEdit.saveTranslations")}
            resetOnSuccess={false}
          >
            {others.map((locale) => (
              <fieldset key={locale} className="flex flex-col gap-3" lang={locale}>
                <legend className="mb-1 text-sm font-semibold">{LOCALE_NAMES[locale]}</legend>
                <Field
                  label={t("eventEdit.name", { language: LOCALE_NAMES[locale] })}
                  name={`${locale}.name`}
                  defaultValue={event.translations[locale]?.name ?? ""}
                  maxLength={120}
                />
                <TextAreaField
                  label={t("eventEdit.description", { language: LOCALE_NAMES[locale] })}
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
