import { z } from "zod";

/** A payment id as this app makes them (`pay_…`): anything else is not a payment. */
export const paymentIdInput = z
  .string()
  .max(64)
  .regex(/^pay_[A-Za-z0-9_]+$/);
