export { placeOrderFlow } from "./place-order";
export { createTicketType } from "./create-ticket-type";
