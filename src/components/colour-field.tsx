"use client";
// A colour, chosen with the browser's picker or typed as #rrggbb: both show the same value, and the
// swatch is sized to show the colour itself (padding on a colour input squeezes it to a grey line).
import { FieldError } from "./form-state";

const HEX = /^#[0-9a-f]{6}$/i;

export function ColourField({
  label,
  name,
  value,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${name}-text`} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={`${label} picker`}
          value={HEX.test(value) ? value.toLowerCase() : "#000000"}
          onChange={(e) => onChange(e.target.value)}
          className="h-10 w-12 shrink-0 cursor-pointer rounded border border-zinc-300 bg-white p-0.5"
        />
        <input
          id={`${name}-text`}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value.trim())}
          className="w-32 rounded-lg border border-zinc-300 px-3 py-2 font-mono"
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <FieldError name={name} />
    </div>
  );
}
