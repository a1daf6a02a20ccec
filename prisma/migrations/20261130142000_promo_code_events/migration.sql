-- A promo code belongs to the event it is made on, unless the organizer widens it to chosen
-- events or to the whole brand (docs/adr/0021). Codes made before this were valid at every event
-- of their brand: they stay so (brand-wide), and the Studio now says so where it lists them.
ALTER TABLE "promo_code"
ADD COLUMN "brand_wide" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "event_ids" TEXT[] DEFAULT ARRAY[]::TEXT[];

UPDATE "promo_code" SET "brand_wide" = true;
