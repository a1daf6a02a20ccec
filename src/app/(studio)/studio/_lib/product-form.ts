// The fields of a product's form, shared by adding one (the tickets page) and editing it (the
// product's page). Bounded strings only: offering's schema reads what they mean.
import { field, ids, rows } from "./form";

export const phaseRows = rows({
  name: field(60).optional(),
  price: field(20).optional(),
  endsAt: field(20).optional(),
  endsAfterSold: field(12).optional(),
});

/** What every product form has (create and edit). */
export const productDetails = {
  name: field(80),
  description: field(2000).optional(),
  taxRate: field(12).optional(),
  visibility: field(20).optional(),
  minPerOrder: field(6).optional(),
  maxPerOrder: field(6).optional(),
  salesStart: field(20).optional(),
  salesEnd: field(20).optional(),
  channels: ids(3),
  phases: phaseRows,
};
