// Calling a Studio server action in an integration test the way the browser does: a FormData of
// the form's fields, as a signed-in account (the test mocks currentUser with it).
import type { SessionUser } from "@/server/platform/accounts";

export const formData = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};

export const sessionUserOf = (o: { user: { id: string; email: string; name: string } }) =>
  ({ id: o.user.id, email: o.user.email, name: o.user.name }) as SessionUser;
