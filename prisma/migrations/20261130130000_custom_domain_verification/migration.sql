-- A custom domain serves a brand only once the brand has proved it is theirs (a DNS TXT record
-- with the token below, docs/adr/0017). Several brands may claim one domain; only one may verify it,
-- so a squatter's claim never blocks the real owner.
ALTER TABLE "brand"
ADD COLUMN     "custom_domain_token" TEXT,
ADD COLUMN     "custom_domain_verified_at" TIMESTAMP(3);

DROP INDEX "brand_custom_domain_key";
CREATE INDEX "brand_custom_domain_idx" ON "brand"("custom_domain");
CREATE UNIQUE INDEX "brand_verified_custom_domain_key" ON "brand"("custom_domain")
WHERE "custom_domain_verified_at" IS NOT NULL;
