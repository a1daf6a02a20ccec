-- What a bundle's price is split by for refunds and revenue (docs/adr/0020): by default the
-- components' in-bundle prices; a brand may choose their stand-alone prices instead. Every brand,
-- old and new, starts on in-bundle prices.
ALTER TABLE "brand" ADD COLUMN "bundle_split_basis" TEXT NOT NULL DEFAULT 'in_bundle';

-- Each bundle line keeps the basis its allocation was split by, so a later change of the setting
-- never changes a past order's refund shares. Lines placed before this were split by stand-alone
-- prices (the only basis there was).
ALTER TABLE "order_line" ADD COLUMN "allocation_basis" TEXT;
UPDATE "order_line" SET "allocation_basis" = 'standalone' WHERE "kind" = 'bundle';
