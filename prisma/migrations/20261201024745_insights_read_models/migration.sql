-- AlterTable
ALTER TABLE "insight_component_revenue" ADD COLUMN     "refunds" INTEGER NOT NULL DEFAULT 0;

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

-- CreateIndex
CREATE INDEX "insight_item_order_id_idx" ON "insight_item"("order_id");
