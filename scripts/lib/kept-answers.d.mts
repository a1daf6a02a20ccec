/** See kept-answers.mjs. */
import type { IncomingMessage, ServerResponse } from "node:http";

export function keptAnswers(now?: () => number): {
  answer(req: IncomingMessage, res: ServerResponse): boolean;
  watch(req: IncomingMessage, res: ServerResponse): void;
};
