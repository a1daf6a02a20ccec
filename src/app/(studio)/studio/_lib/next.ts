/**
 * Where to go after signing in: only a Studio path on this site (never `//evil.example` or an absolute URL).
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !/^\/studio(\/[A-Za-z0-9_\-./]*)?$/.test(next) || next.includes("//") || next.includes(".."))
    return null;
  return next;
}
