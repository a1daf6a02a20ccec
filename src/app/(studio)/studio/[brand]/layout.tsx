// The brand's shell: its areas in a sidebar (a menu on a phone) and a switch to the other brands.
import { brandsOf, can, type Permission } from "@/server/distribution";
import { studioBrand } from "../_lib/guard";
import { BrandNav, type BrandNavItem } from "../_components/brand-nav";
import { BrandSwitcher } from "../_components/brand-switcher";
import { studioT } from "../_lib/locale";
import type { StudioMessages } from "@/server/platform/messages";

/** Every area, with what it takes to open it (each page checks again on the server). */
type Area = keyof StudioMessages["shell"]["areas"];
const AREAS: { path: string; area: Area; permission: Permission | null; section?: string }[] = [
  { path: "", area: "events", permission: null, section: "/events" },
  { path: "/orders", area: "orders", permission: "brand:read" },
  { path: "/insights", area: "insights", permission: "brand:read" },
  { path: "/shipping", area: "shipping", permission: "brand:read" },
  { path: "/team", area: "team", permission: "brand:read" },
  { path: "/theme", area: "theme", permission: "brand:write" },
  { path: "/embed", area: "embed", permission: "brand:write" },
  { path: "/outbox", area: "outbox", permission: "brand:read" },
  { path: "/settings", area: "settings", permission: "orders:write" },
  { path: "/system", area: "system", permission: "orders:write" },
];

export default async function BrandLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ brand: string }>;
}) {
  const { brand: slug } = await params;
  const { brand, role, user } = await studioBrand(slug, null);
  const t = await studioT("shell");
  const brands = await brandsOf(user.id);
  const home = `/studio/${brand.slug}`;
  const items: BrandNavItem[] = AREAS.filter((a) => a.permission === null || can(role, a.permission)).map(
    (a) => ({
      href: `${home}${a.path}`,
      label: t(`areas.${a.area}`),
      section: a.section ? `${home}${a.section}` : undefined,
    }),
  );
  return (
    <div className="flex flex-col gap-6 md:grid md:grid-cols-[13rem_minmax(0,1fr)] md:items-start md:gap-8">
      <aside>
        <BrandNav items={items} switcher={<BrandSwitcher current={brand} brands={brands} />} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
