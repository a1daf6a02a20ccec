// The attendee list of an event (Studio) and the door list export (CSV).
import { ticketsOfEvent, type Attendee } from "./infrastructure/tickets-repo";

export type { Attendee };
export const attendeesOfEvent = ticketsOfEvent;

/** One CSV cell: quoted, quotes doubled, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
