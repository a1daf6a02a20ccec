// The one HTML escaper for e-mail (and any other HTML the server writes by hand): every value that
// came from a person — a buyer's name, an event's name, a carrier — goes through it.
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
