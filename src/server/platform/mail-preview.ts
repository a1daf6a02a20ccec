// What Studio may show of an e-mail: everything but the links that act as a key (an invitation,
// an address verification, a sign-in). Whoever reads a brand's outbox (any member, even a viewer)
// must not be able to use them — they were meant for the inbox they were sent to (ADR 0016).
const SECRET_URL =
  /(?:https?:\/\/[^\s"'<>]*)?\/studio\/(?:invite|verify|sign-in\/token)\/[A-Za-z0-9_-]+[^\s"'<>]*/g;
const ANCHOR = /<a\b([^>]*?)href=(["'])([^"']*)\2([^>]*)>([\s\S]*?)<\/a>/gi;

export const LINK_HIDDEN = "link hidden";

const isSecret = (url: string) => new RegExp(SECRET_URL.source).test(url.replaceAll("&amp;", "&"));

/** The e-mail's HTML with every key-carrying link replaced by its label and "(link hidden)". */
export function maskSecretLinks(html: string): string {
  const anchorsMasked = html.replace(
    ANCHOR,
    (whole, before: string, _quote: string, href: string, after: string, label: string) => {
      if (!isSecret(href)) return whole;
      const attributes = `${before} ${after}`.trim().replace(/\s+/g, " ");
      return `<span ${attributes ? `${attributes} ` : ""}title="${LINK_HIDDEN}">${label} (${LINK_HIDDEN})</span>`;
    },
  );
  return anchorsMasked.replace(SECRET_URL, `[${LINK_HIDDEN}]`);
}
