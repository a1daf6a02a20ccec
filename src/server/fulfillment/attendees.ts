// The attendee list of an event (Studio) and the door list export (CSV).
import { countTicketsIn, ticketPage, ticketsOfEvent, type Attendee } from "./infrastructure/tickets-repo";

export type { Attendee };
export const attendeesOfEvent = ticketsOfEvent;

/** A brand's tickets (of one event, or all), counted and read a page at a time in id order (exports). */
export const ticketPages = { count: countTicketsIn, page: ticketPage };

/**
 * One CSV cell: quoted, quotes doubled, and a leading = + - @ defused so a spreadsheet never runs it as a
 * formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
