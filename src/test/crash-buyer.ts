// A fan's purchase as a real process, for crash.int.test.ts: hold a cart, check out, pay — and
// die by SIGKILL right after the step named in CRASH_AFTER (no cleanup, no finally, no flush).
// Prints one "step <name> <json>" line per step done.
import { confirmPayment } from "@/server/checkout";
import { db } from "@/server/platform/db";
import { checkoutCart, updateCart } from "@/test/edge";

const [brandSlug, eventId, productId, cartArg] = process.argv.slice(2);
const crashAfter = process.env.CRASH_AFTER ?? "";

function done(step: string, data: Record<string, unknown>) {
  process.stdout.write(`step ${step} ${JSON.stringify(data)}\n`);
  if (step === crashAfter) process.kill(process.pid, "SIGKILL");
}

async function main() {
  let cartId = cartArg && cartArg !== "-" ? cartArg : null;
  if (!cartId) {
    const cart = await updateCart(null, { brandSlug, eventId, lines: [{ productId, quantity: 2 }] });
    cartId = cart.cartId;
    done("held", { cartId });
  }
  const order = await checkoutCart(cartId, {
    brandSlug,
    buyer: { name: "Crash Fan", email: "crash@example.com" },
  });
  done("ordered", { cartId, orderId: order.orderId });
  const payment = await db().payment.findFirstOrThrow({
    where: { orderId: order.orderId, status: "pending" },
  });
  await confirmPayment(payment.id, "succeeded", new Date(), {
    kind: "system",
    label: "payment:local-test-provider",
  });
  done("paid", { cartId, orderId: order.orderId });
  process.exit(0);
}

main().catch((e) => {
  process.stdout.write(`error ${JSON.stringify(String((e as Error).message))}\n`);
  process.exit(1);
});
