// Message keys are typed from the English file: `t("shop.nope")` is a type error.
import type en from "./en.json";
import type { Locale } from "../i18n";

declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
