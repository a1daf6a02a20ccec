// `npm install` ends here: the Prisma client is generated from the schema, so `npx vitest run
// <file>`, `npm run bench` and the editor's types work right after a fresh clone's install.
import { ensurePrismaClient } from "./lib/prerequisites";

ensurePrismaClient({ always: true });
