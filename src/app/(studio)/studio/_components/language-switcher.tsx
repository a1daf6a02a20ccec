// The Studio's language: a choice and a button (changing a page's language is a change of
// context, so it waits for the button; it works without JavaScript).
import { LOCALES, LOCALE_NAMES, type Locale } from "@/server/platform/i18n";
import { setLanguageAction } from "../account-actions";

export function LanguageSwitcher({
  current,
  label,
  apply,
}: {
  current: Locale;
  label: string;
  apply: string;
}) {
  return (
    // A new form per language: React resets a form after its action, which would put the list
    // back on the language the page was first rendered in.
    <form key={current} action={setLanguageAction} className="flex items-center gap-1">
      <label className="sr-only" htmlFor="studio-language">
        {label}
      </label>
      <select
        id="studio-language"
        name="language"
        defaultValue={current}
        className="rounded-md border border-zinc-300 bg-white px-1.5 py-1 text-sm"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <button className="min-h-8 rounded-md px-2 py-1 text-sm whitespace-nowrap text-zinc-700 hover:bg-zinc-100">
        {apply}
      </button>
    </form>
  );
}
