// Human words for what the read models store as codes, in the Studio's language.
import type { CommonWords } from "@/components/labels";

/** A sales channel as the organizer knows it: "shop", "box_office", "embed:club.example". */
export function channelName(t: CommonWords, channel: string): string {
  if (channel === "shop") return t("channels.shop");
  if (channel === "box_office") return t("channels.boxOffice");
  if (channel === "embed") return t("channels.embedUnknown");
  if (channel.startsWith("embed:")) return t("channels.embedOn", { site: channel.slice(6) });
  return channel;
}
