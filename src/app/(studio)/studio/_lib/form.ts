// Forms with repeating rows name their fields by path ("variants.0.name", "phases.1.endsAt"):
// turn FormData into the nested object the commands validate.
export function formToObject(fd: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of fd.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const k: string | number = /^\d+$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        if (key.endsWith("[]")) return;
        // A repeated plain name (checkbox groups) collects into a list.
        if (container[k] !== undefined && !Array.isArray(container[k])) container[k] = [container[k], value];
        else if (Array.isArray(container[k])) (container[k] as unknown[]).push(value);
        else container[k] = value;
      } else {
        if (container[k] === undefined) container[k] = /^\d+$/.test(path[i + 1]!) ? [] : {};
        node = container[k] as Record<string, unknown>;
      }
    });
  }
  return root;
}

/** Repeating rows the organizer left empty are not rows. */
export function compactRows<T extends Record<string, unknown>>(rows: unknown, keep: (row: T) => boolean): T[] {
  return (Array.isArray(rows) ? rows : []).filter((r): r is T => !!r && typeof r === "object" && keep(r as T));
}
