// Message keys are typed from the English files: `t("shop.nope")` is a type error.
import type { Messages } from "../messages";
import type { Locale } from "../i18n";

declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
