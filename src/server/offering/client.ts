// Pure offering helpers that the browser uses too (an event's dates on the fan's order page).
// No I/O here: this file is bundled for the client.
export { formatEventDates } from "./model/event-dates";
