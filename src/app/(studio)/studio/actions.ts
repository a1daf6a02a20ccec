"use server";
// Studio forms submit here. Each action: validate (inside the command, with zod) → check who is
// asking and for which brand → call one command → map the answer to a form state or a redirect.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AuthError } from "next-auth";
import { signIn, signOut, signUp, currentUser } from "@/server/platform/auth";
import { isDomainError } from "@/server/platform/errors";
import { createBrand, requireMembership } from "@/server/distribution";
import { createEvent, publishEvent } from "@/server/offering";
import { createTicketType } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { actorOf } from "./_lib/guard";
import type { FormState } from "@/components/action-form";

function toFormState(e: unknown): FormState {
  if (isDomainError(e)) return { error: e.message, field: typeof e.details.field === "string" ? e.details.field : undefined };
  throw e; // redirects and genuine failures
}

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

async function member(slug: string, permission: Parameters<typeof requireMembership>[2]) {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  return { user, ...(await requireMembership(user.id, slug, permission)) };
}

export async function signUpAction(_: FormState, fd: FormData): Promise<FormState> {
  try {
    await signUp({ name: text(fd, "name"), email: text(fd, "email"), password: text(fd, "password") });
  } catch (e) {
    return toFormState(e);
  }
  await signIn("credentials", { email: text(fd, "email"), password: text(fd, "password"), redirectTo: "/studio" });
  return undefined;
}

export async function signInAction(_: FormState, fd: FormData): Promise<FormState> {
  try {
    await signIn("credentials", { email: text(fd, "email"), password: text(fd, "password"), redirectTo: text(fd, "next") || "/studio" });
  } catch (e) {
    if (e instanceof AuthError) return { error: "That e-mail and password do not match an account." };
    throw e;
  }
  return undefined;
}

export async function signOutAction() {
  await signOut({ redirectTo: "/studio/sign-in" });
}

export async function createBrandAction(_: FormState, fd: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  let slug: string;
  try {
    slug = (await createBrand(actorOf(user), { name: text(fd, "name"), slug: text(fd, "slug"), primaryColor: text(fd, "primaryColor") })).slug;
  } catch (e) {
    return toFormState(e);
  }
  redirect(`/studio/${slug}`);
}

export async function createEventAction(brandSlug: string, _: FormState, fd: FormData): Promise<FormState> {
  let target: string;
  try {
    const m = await member(brandSlug, "catalog:write");
    const event = await createEvent(actorOf(m.user), m.brand.id, {
      name: text(fd, "name"), venue: text(fd, "venue"), description: text(fd, "description"), timeZone: text(fd, "timeZone"), startsAt: text(fd, "startsAt"), endsAt: text(fd, "endsAt"),
    });
    target = `/studio/${brandSlug}/events/${event.id}`;
  } catch (e) {
    return toFormState(e);
  }
  redirect(target);
}

export async function addTicketTypeAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    await createTicketType(actorOf(m.user), m.brand, eventId, { name: text(fd, "name"), price: text(fd, "price"), capacity: text(fd, "capacity"), maxPerOrder: text(fd, "maxPerOrder") || undefined });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}`);
  return { ok: `Added “${text(fd, "name")}”.` };
}

export async function publishEventAction(brandSlug: string, eventId: string, _: FormState, _fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    await publishEvent(actorOf(m.user), m.brand.id, eventId, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}`);
  return { ok: "Published: the event is on sale in your shop." };
}
