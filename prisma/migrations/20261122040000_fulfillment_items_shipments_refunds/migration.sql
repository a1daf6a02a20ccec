-- CreateTable
CREATE TABLE "fulfillment_item" (
    "id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "order_line_id" TEXT NOT NULL,
    "component_id" TEXT NOT NULL DEFAULT '',
    "seq" INTEGER NOT NULL,
    "bundle_unit" INTEGER,
    "kind" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "variant_id" TEXT,
    "label" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "ticket_id" TEXT,
    "shipment_id" TEXT,
    "refund_id" TEXT,
    "draws" JSONB NOT NULL DEFAULT '[]',
    "bundle_draws" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fulfillment_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment" (
    "id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "tracking_number" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "shipped_at" TIMESTAMP(3) NOT NULL,
    "shipped_by" TEXT NOT NULL,
    "delivered_at" TIMESTAMP(3),

    CONSTRAINT "shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund" (
    "id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "fee_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_by" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "provider_ref" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settled_at" TIMESTAMP(3),

    CONSTRAINT "refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund_policy" (
    "brand_id" TEXT NOT NULL,
    "fan_refunds" BOOLEAN NOT NULL DEFAULT false,
    "cutoff_hours" INTEGER NOT NULL DEFAULT 48,
    "fee_percent_bp" INTEGER NOT NULL DEFAULT 0,
    "fee_fixed_minor" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "refund_policy_pkey" PRIMARY KEY ("brand_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "fulfillment_item_ticket_id_key" ON "fulfillment_item"("ticket_id");

-- CreateIndex
CREATE INDEX "fulfillment_item_order_id_idx" ON "fulfillment_item"("order_id");

-- CreateIndex
CREATE INDEX "fulfillment_item_brand_id_kind_status_idx" ON "fulfillment_item"("brand_id", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "fulfillment_item_order_line_id_component_id_seq_key" ON "fulfillment_item"("order_line_id", "component_id", "seq");

-- CreateIndex
CREATE INDEX "shipment_order_id_idx" ON "shipment"("order_id");

-- CreateIndex
CREATE INDEX "shipment_brand_id_shipped_at_idx" ON "shipment"("brand_id", "shipped_at");

-- CreateIndex
CREATE INDEX "refund_order_id_idx" ON "refund"("order_id");

