/**
 * A request's place by its Host header: Marquee itself, or a brand's custom domain — with the
 * brand's slug once its owner has proved the domain is theirs, else null (nobody's).
 */
export type HostPlace = { own: true } | { own: false; host: string; brandSlug: string | null };
