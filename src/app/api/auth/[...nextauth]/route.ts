import { handlers } from "@/server/platform/auth";

export const { GET, POST } = handlers;
