// The fan's cart: one per browser and brand (a cookie names it). It keeps its lines, the quote
// it was held with, and the hold that reserves its units while the fan decides; PlaceOrder takes
// the hold over. A failed payment gives the cart its hold back; a paid order empties it.
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import {
  cartOfOrder,
  emptyCartsOfOrders,
  findCart,
  lockCart,
  setCartOrder,
  upsertCart,
  type CartRecord,
} from "./infrastructure/carts-repo";

export type { CartRecord };
export const cartById = findCart;
export const lockCartFor = (uow: UnitOfWork, cartId: string) => lockCart(uow, cartId);
export const saveCart = (uow: UnitOfWork, cart: Omit<CartRecord, "updatedAt">) => upsertCart(uow, cart);
export const attachOrderToCart = (uow: UnitOfWork, cartId: string, orderId: string) =>
  setCartOrder(uow, cartId, orderId);
export const emptyCartsAfterPayment = emptyCartsOfOrders;
export const cartForOrder = cartOfOrder;
