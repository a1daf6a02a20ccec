"use client";
// Creating a brand: the shop address is suggested from the name as it is typed ("Café Été" →
// cafe-ete) until the organizer edits the address themselves; the colour shows as a swatch and hex.
import { useState } from "react";
import { useTranslations } from "use-intl";
import { suggestBrandSlug } from "@/server/distribution/client";
import { ActionForm } from "@/components/action-form";
import { ColourField } from "@/components/colour-field";
import { Field } from "@/components/ui";
import { createBrandAction } from "./actions";

export function CreateBrandForm() {
  const t = useTranslations("studio.shell.createBrand");
  const [name, setName] = useState("");
  const [typedSlug, setTypedSlug] = useState<string | null>(null);
  const [colour, setColour] = useState("#7c3aed");
  const slug = typedSlug ?? suggestBrandSlug(name);
  return (
    <ActionForm action={createBrandAction} submit={t("submit")} pendingLabel={t("pending")}>
      <Field
        label={t("name")}
        name="name"
        placeholder={t("namePlaceholder")}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <Field
        label={t("slug")}
        name="slug"
        placeholder={t("slugPlaceholder")}
        hint={t("slugHint", { path: `/s/${slug || "night-owl"}` })}
        required
        value={slug}
        onChange={(e) => setTypedSlug(e.target.value)}
      />
      <ColourField label={t("primaryColour")} name="primaryColor" value={colour} onChange={setColour} />
    </ActionForm>
  );
}
