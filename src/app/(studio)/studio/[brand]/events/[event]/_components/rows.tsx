"use client";
// Repeating rows in a Studio form (variants, phases, components, draws): add and remove rows;
// each row's inputs are named "<name>.<i>.<field>".
import { useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { FieldError, useFieldError } from "@/components/form-state";

export function Rows({
  name,
  initial = 1,
  addLabel,
  render,
}: {
  name: string;
  initial?: number;
  addLabel: string;
  render: (prefix: string, index: number) => ReactNode;
}) {
  const t = useTranslations("studio.catalog.rows");
  const [keys, setKeys] = useState(() => Array.from({ length: initial }, (_, i) => i));
  const [next, setNext] = useState(initial);
  return (
    <div className="flex flex-col gap-2">
      {keys.map((k, i) => (
        <div key={k} className="flex flex-wrap items-end gap-2 rounded-lg bg-zinc-50 p-2">
          {render(`${name}.${i}`, i)}
          {keys.length > 1 ? (
            <button
              type="button"
              aria-label={t("remove", { number: i + 1 })}
              className="ml-auto rounded px-2 py-1 text-sm text-zinc-500 hover:bg-zinc-200"
              onClick={() => setKeys(keys.filter((x) => x !== k))}
            >
              ✕
            </button>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="w-fit rounded-lg border border-dashed border-zinc-400 px-3 py-1 text-sm text-zinc-700 hover:bg-zinc-50"
        onClick={() => {
          setKeys([...keys, next]);
          setNext(next + 1);
        }}
      >
        + {addLabel}
      </button>
    </div>
  );
}

/**
 * A labelled input of a Studio form. Its problem (if the server reported one) is shown under it,
 * outside the label so the field's name stays its label, and is linked to it for screen readers.
 */
export function Input({
  label,
  name,
  className = "",
  ...rest
}: { label: string; name: string; className?: string } & React.ComponentProps<"input">) {
  const problem = useFieldError(name);
  return (
    <div className={`flex flex-col gap-0.5 ${className}`}>
      <label className="flex flex-col gap-0.5 text-xs font-medium text-zinc-700">
        {label}
        <input
          name={name}
          className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm font-normal text-zinc-900 aria-invalid:border-red-500"
          {...problem.inputProps}
          {...rest}
        />
      </label>
      <FieldError name={name} />
    </div>
  );
}

export function Select({
  label,
  name,
  options,
  className = "",
  ...rest
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  className?: string;
} & React.ComponentProps<"select">) {
  const problem = useFieldError(name);
  return (
    <div className={`flex flex-col gap-0.5 ${className}`}>
      <label className="flex flex-col gap-0.5 text-xs font-medium text-zinc-700">
        {label}
        <select
          name={name}
          className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm font-normal text-zinc-900 aria-invalid:border-red-500"
          {...problem.inputProps}
          {...rest}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError name={name} />
    </div>
  );
}

export type PhaseDefaults = { name: string; price: string; endsAt: string; endsAfterSold: string };

export function PhaseRows({
  name,
  initial = 1,
  defaults = [],
}: {
  name: string;
  initial?: number;
  defaults?: PhaseDefaults[];
}) {
  const t = useTranslations("studio.catalog.rows");
  return (
    <Rows
      name={name}
      initial={Math.max(initial, defaults.length)}
      addLabel={t("addPhase")}
      render={(p, i) => (
        <>
          <Input
            label={t("phaseName")}
            name={`${p}.name`}
            placeholder={i === 0 ? t("phasePlaceholderFirst") : t("phasePlaceholderNext")}
            defaultValue={defaults[i]?.name}
            className="w-32"
          />
          <Input
            label={t("price")}
            name={`${p}.price`}
            type="number"
            step="0.01"
            min="0"
            placeholder={t("pricePlaceholder")}
            defaultValue={defaults[i]?.price}
            // Wide enough for the whole example beside the number field's spin buttons.
            className="w-28"
          />
          <Input
            label={t("endsAt")}
            name={`${p}.endsAt`}
            type="datetime-local"
            defaultValue={defaults[i]?.endsAt}
            className="w-52"
          />
          <Input
            label={t("endsAfterSold")}
            name={`${p}.endsAfterSold`}
            type="number"
            min="1"
            defaultValue={defaults[i]?.endsAfterSold}
            className="w-28"
          />
        </>
      )}
    />
  );
}

const CHANNELS = [
  ["shop", "shop"],
  ["embed", "embed"],
  ["box_office", "boxOffice"],
] as const;

/** Where it is sold. None ticked: everywhere. */
export function ChannelChecks({ defaults = [] }: { defaults?: readonly string[] }) {
  const t = useTranslations("studio.catalog.rows");
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium">
        {t("soldIn")} <span className="font-normal text-zinc-500">{t("noneTicked")}</span>
      </legend>
      <div className="flex flex-wrap gap-4">
        {CHANNELS.map(([value, words]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="channels" value={value} defaultChecked={defaults.includes(value)} />{" "}
            {t(`channels.${words}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
