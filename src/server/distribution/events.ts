import type { DomainEvent } from "@/server/eventlog";

export type BrandCreated = DomainEvent<"BrandCreated", { brandId: string; name: string; slug: string; primaryColor: string }>;
export type MemberAdded = DomainEvent<"MemberAdded", { brandId: string; userId: string; role: string }>;
export type DistributionEvent = BrandCreated | MemberAdded;
