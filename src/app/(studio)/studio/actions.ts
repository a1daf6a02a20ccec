"use server";
// Creating a brand, from the Studio's start page. Each Studio action is made by
// brandAction/userAction (_lib/action.ts): its bound arguments and its form parsed by zod first,
// then the session, then the role, then one command; the answer becomes the form's state or a
// redirect. The actions of a brand's pages sit in the route folder that uses them.
import { redirect } from "next/navigation";
import { z } from "zod";
import { createBrand } from "@/server/distribution";
import { field } from "./_lib/form";
import { actorOf } from "./_lib/guard";
import { userAction } from "./_lib/action";

export const createBrandAction = userAction(
  {
    args: z.tuple([]),
    form: z.object({ name: field(80), slug: field(64), primaryColor: field(7).optional() }),
  },
  async (user, _args, form) => {
    const input = { ...form, primaryColor: form.primaryColor ?? "" };
    const { slug } = await createBrand(actorOf(user), input);
    redirect(`/studio/${slug}`);
  },
);
