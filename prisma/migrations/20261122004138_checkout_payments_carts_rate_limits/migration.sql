-- AlterTable
ALTER TABLE "order" ADD COLUMN     "channel" TEXT NOT NULL DEFAULT 'shop',
ADD COLUMN     "hold_expires_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "checkout_url" TEXT,
ADD COLUMN     "expires_at" TIMESTAMP(3),
ADD COLUMN     "failure_reason" TEXT,
ADD COLUMN     "provider_ref" TEXT,
ADD COLUMN     "refunded_minor" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "cart" (
    "id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "lines" JSONB NOT NULL DEFAULT '[]',
    "promo_code" TEXT,
    "hold_id" TEXT,
    "expires_at" TIMESTAMP(3),
    "order_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE INDEX "cart_brand_id_idx" ON "cart"("brand_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_provider_ref_key" ON "payment"("provider_ref");

-- CreateIndex
CREATE INDEX "payment_status_created_at_idx" ON "payment"("status", "created_at");

