import { router, createCallerFactory } from "./trpc";
import { shopRouter } from "./routers/shop.router";
import { studioRouter } from "./routers/studio.router";

export const appRouter = router({ shop: shopRouter, studio: studioRouter });
export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
