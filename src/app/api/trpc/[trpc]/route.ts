import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createContext } from "@/server/api/trpc";
import {
  PUBLIC_CACHE_CONTROL,
  PublicAnswers,
  isPublicRead,
  publicAnswer,
  publicContext,
  wroteMaybe,
} from "@/server/api/public-reads";

const endpoint = "/api/trpc";
const publicAnswers = new PublicAnswers();

/** `shared`: a batch of public reads only (the live offer): no session, and a CDN may keep the answer. */
const answer = (req: Request, shared: boolean) =>
  fetchRequestHandler({
    endpoint,
    req,
    router: appRouter,
    createContext: ({ req, resHeaders }) =>
      shared ? publicContext(req) : createContext({ req, resHeaders }),
    responseMeta: ({ info, type, errors }) =>
      shared && publicAnswer({ calls: info?.calls, type, errors })
        ? { headers: { "cache-control": PUBLIC_CACHE_CONTROL } }
        : {},
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path}:`, error.cause ?? error);
    },
  });

async function handler(req: Request) {
  // Public reads are kept by this process for their fresh window, as a CDN keeps them for a second.
  if (isPublicRead(req, endpoint)) return publicAnswers.serve(req, () => answer(req, true));
  const res = await answer(req, false);
  // A mutation may have moved pools or the catalog: the next offer of this process checks.
  if (req.method !== "GET") wroteMaybe();
  return res;
}

export { handler as GET, handler as POST };
