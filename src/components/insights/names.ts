// Human words for what the read models store as codes.

/** A sales channel as the organizer knows it: "shop", "box_office", "embed:club.example". */
export function channelName(channel: string): string {
  if (channel === "shop") return "Shop";
  if (channel === "box_office") return "Box office";
  if (channel === "embed") return "Embed (unknown site)";
  if (channel.startsWith("embed:")) return `Embed on ${channel.slice(6)}`;
  return channel;
}
