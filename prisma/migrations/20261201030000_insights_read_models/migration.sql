-- CreateTable
CREATE TABLE "insight_sales" (
    "event_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "bucket" TIMESTAMPTZ(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "tickets" INTEGER NOT NULL DEFAULT 0,
    "gross" INTEGER NOT NULL DEFAULT 0,
    "discount" INTEGER NOT NULL DEFAULT 0,
    "tax" INTEGER NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,
    "refund_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "insight_sales_pkey" PRIMARY KEY ("event_id","bucket","currency","channel")
);

-- CreateTable
CREATE TABLE "insight_product_sales" (
    "event_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "bucket" TIMESTAMPTZ(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL DEFAULT '',
    "product_name" TEXT NOT NULL,
    "variant_name" TEXT,
    "kind" TEXT NOT NULL,
    "units" INTEGER NOT NULL DEFAULT 0,
    "gross" INTEGER NOT NULL DEFAULT 0,
    "discount" INTEGER NOT NULL DEFAULT 0,
    "tax" INTEGER NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "insight_product_sales_pkey" PRIMARY KEY ("event_id","bucket","currency","product_id","variant_id")
);

-- CreateTable
CREATE TABLE "insight_component_revenue" (
    "event_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "bucket" TIMESTAMPTZ(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "bundle_id" TEXT NOT NULL,
    "bundle_name" TEXT NOT NULL,
    "component_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL DEFAULT '',
    "product_name" TEXT NOT NULL,
    "variant_name" TEXT,
    "units" INTEGER NOT NULL DEFAULT 0,
    "revenue" INTEGER NOT NULL DEFAULT 0,
    "tax" INTEGER NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "insight_component_revenue_pkey" PRIMARY KEY ("event_id","bucket","currency","bundle_id","component_id","variant_id")
);

-- CreateTable
CREATE TABLE "insight_promo_use" (
    "event_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "bucket" TIMESTAMPTZ(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "discount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "insight_promo_use_pkey" PRIMARY KEY ("event_id","bucket","currency","code")
);

-- CreateTable
CREATE TABLE "insight_order" (
    "order_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "promo_code" TEXT,
    "paid_at" TIMESTAMPTZ(3),
    "lines" JSONB,

    CONSTRAINT "insight_order_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "insight_item" (
    "item_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "line_id" TEXT NOT NULL,
    "component_id" TEXT NOT NULL,

    CONSTRAINT "insight_item_pkey" PRIMARY KEY ("item_id")
);

-- CreateTable
CREATE TABLE "insight_check_in" (
    "ticket_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "bucket" TIMESTAMPTZ(3) NOT NULL,
    "ticket_type" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "insight_check_in_pkey" PRIMARY KEY ("ticket_id")
);

-- CreateIndex
CREATE INDEX "insight_sales_brand_id_bucket_idx" ON "insight_sales"("brand_id", "bucket");

-- CreateIndex
CREATE INDEX "insight_product_sales_brand_id_bucket_idx" ON "insight_product_sales"("brand_id", "bucket");

-- CreateIndex
CREATE INDEX "insight_component_revenue_brand_id_bucket_idx" ON "insight_component_revenue"("brand_id", "bucket");

-- CreateIndex
CREATE INDEX "insight_promo_use_brand_id_bucket_idx" ON "insight_promo_use"("brand_id", "bucket");

-- CreateIndex
CREATE INDEX "insight_item_order_id_idx" ON "insight_item"("order_id");

-- CreateIndex
CREATE INDEX "insight_check_in_event_id_bucket_idx" ON "insight_check_in"("event_id", "bucket");
