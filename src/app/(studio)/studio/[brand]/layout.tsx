// The brand's shell: its areas in a sidebar (a menu on a phone) and a switch to the other brands.
import { brandsOf, can, type Permission } from "@/server/distribution";
import { studioBrand } from "../_lib/guard";
import { BrandNav, type BrandNavItem } from "../_components/brand-nav";
import { BrandSwitcher } from "../_components/brand-switcher";

/** Every area, with what it takes to open it (each page checks again on the server). */
const AREAS: { path: string; label: string; permission: Permission | null; section?: string }[] = [
  { path: "", label: "Events", permission: null, section: "/events" },
  { path: "/orders", label: "Orders", permission: "brand:read" },
  { path: "/insights", label: "Insights", permission: "brand:read" },
  { path: "/shipping", label: "Shipping", permission: "brand:read" },
  { path: "/team", label: "Team", permission: "brand:read" },
  { path: "/theme", label: "Theme", permission: "brand:write" },
  { path: "/embed", label: "Domain & embed", permission: "brand:write" },
  { path: "/outbox", label: "Outbox", permission: "brand:read" },
  { path: "/settings", label: "Settings", permission: "orders:write" },
  { path: "/system", label: "System", permission: "orders:write" },
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
  const brands = await brandsOf(user.id);
  const home = `/studio/${brand.slug}`;
  const items: BrandNavItem[] = AREAS.filter((a) => a.permission === null || can(role, a.permission)).map(
    (a) => ({
      href: `${home}${a.path}`,
      label: a.label,
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
