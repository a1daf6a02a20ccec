-- Products gain kinds, variants and bundles; a single price becomes a list of price phases
-- (existing prices move to one open-ended phase "Standard"); holds record what they are for.
-- DropIndex
DROP INDEX "draw_pool_id_product_id_key";

-- AlterTable
ALTER TABLE "draw" ADD COLUMN     "variant_id" TEXT;

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "discount_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "promo_code" TEXT,
ADD COLUMN     "subtotal_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tax_minor" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "order_line" ADD COLUMN     "allocation" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "discount_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "selection" JSONB,
ADD COLUMN     "tax_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "variant_id" TEXT,
ADD COLUMN     "variant_name" TEXT;

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "min_per_order" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "requires_product_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sales_end" TIMESTAMP(3),
ADD COLUMN     "sales_start" TIMESTAMP(3),
ADD COLUMN     "sort_order" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tax_rate_bp" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "visibility" TEXT NOT NULL DEFAULT 'public';

-- CreateTable
CREATE TABLE "variant" (
    "id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "variant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bundle_component" (
    "id" TEXT NOT NULL,
    "bundle_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "variant_id" TEXT,
    "quantity" INTEGER NOT NULL,
    "optional" BOOLEAN NOT NULL DEFAULT false,
    "group_name" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "bundle_component_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hold_item" (
    "id" TEXT NOT NULL,
    "hold_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "variant_id" TEXT,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "hold_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_phase" (
    "id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "ends_at" TIMESTAMP(3),
    "ends_after_sold" INTEGER,

    CONSTRAINT "price_phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bundle_pricing" (
    "product_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "discount_kind" TEXT,
    "discount_value" INTEGER,

    CONSTRAINT "bundle_pricing_pkey" PRIMARY KEY ("product_id")
);

-- CreateTable
CREATE TABLE "component_price" (
    "component_id" TEXT NOT NULL,
    "bundle_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "price_minor" INTEGER NOT NULL,

    CONSTRAINT "component_price_pkey" PRIMARY KEY ("component_id")
);

-- CreateTable
CREATE TABLE "promo_code" (
    "id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "product_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "valid_from" TIMESTAMP(3),
    "valid_until" TIMESTAMP(3),
    "max_uses" INTEGER,
    "max_per_order" INTEGER,
    "unlocks_product_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "promo_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promo_redemption" (
    "id" TEXT NOT NULL,
    "promo_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "promo_redemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "variant_product_id_name_key" ON "variant"("product_id", "name");

-- CreateIndex
CREATE INDEX "bundle_component_bundle_id_idx" ON "bundle_component"("bundle_id");

-- CreateIndex
CREATE INDEX "hold_item_product_id_idx" ON "hold_item"("product_id");

-- CreateIndex
CREATE INDEX "hold_item_hold_id_idx" ON "hold_item"("hold_id");

-- CreateIndex
CREATE INDEX "price_phase_brand_id_idx" ON "price_phase"("brand_id");

-- CreateIndex
CREATE UNIQUE INDEX "price_phase_product_id_seq_key" ON "price_phase"("product_id", "seq");

-- CreateIndex
CREATE INDEX "component_price_bundle_id_idx" ON "component_price"("bundle_id");

-- CreateIndex
CREATE UNIQUE INDEX "promo_code_brand_id_code_key" ON "promo_code"("brand_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "promo_redemption_order_id_key" ON "promo_redemption"("order_id");

-- CreateIndex
CREATE INDEX "promo_redemption_promo_id_status_idx" ON "promo_redemption"("promo_id", "status");

-- CreateIndex
CREATE INDEX "draw_pool_id_idx" ON "draw"("pool_id");

-- AddForeignKey
ALTER TABLE "variant" ADD CONSTRAINT "variant_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bundle_component" ADD CONSTRAINT "bundle_component_bundle_id_fkey" FOREIGN KEY ("bundle_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hold_item" ADD CONSTRAINT "hold_item_hold_id_fkey" FOREIGN KEY ("hold_id") REFERENCES "hold"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing data: each price becomes its product's one open-ended phase; each hold's lines
-- tell what it was for.
INSERT INTO "price_phase" ("id", "brand_id", "product_id", "seq", "name", "price_minor", "currency")
SELECT 'php_' || "product_id", "brand_id", "product_id", 0, 'Standard', "amount_minor", "currency" FROM "price";
INSERT INTO "hold_item" ("id", "hold_id", "product_id", "quantity")
SELECT DISTINCT ON ("hold_id", "product_id") 'hit_' || "id", "hold_id", "product_id", "quantity" FROM "hold_line" ORDER BY "hold_id", "product_id", "id";

-- DropTable
DROP TABLE "price";
