// A themed surface: the brand's colours, font, button shape and light or dark background,
// as CSS variables for everything inside (globals.css turns them into classes).
import type { ReactNode } from "react";

export function ThemeFrame({
  vars,
  dark,
  children,
  className = "",
  id,
  lang,
}: {
  vars: Record<string, string>;
  dark: boolean;
  children: ReactNode;
  className?: string;
  id?: string;
  /** The language of what is inside, where it is not the page's (a shop in the fan's language). */
  lang?: string;
}) {
  return (
    <div
      id={id}
      lang={lang}
      style={vars as React.CSSProperties}
      className={`theme-surface ${dark ? "theme-dark" : ""} ${className}`}
      data-theme={dark ? "dark" : "light"}
    >
      {children}
    </div>
  );
}
