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

async function handler(req: Request) {
  // A batch of public reads only (the live offer): no session, and a CDN may keep the answer —
  // as this process does for its fresh window.
  const shared = isPublicRead(req, endpoint);
  const found = shared ? publicAnswers.answer(req) : null;
  if (found && "hit" in found) return found.hit;
  const res = await fetchRequestHandler({
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
  // A mutation may have moved pools or the catalog: the next offer of this process checks.
  if (req.method !== "GET") wroteMaybe();
  return found ? publicAnswers.keep(res, found.miss) : res;
}

export { handler as GET, handler as POST };
