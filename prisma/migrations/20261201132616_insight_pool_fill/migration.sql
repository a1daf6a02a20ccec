-- CreateTable
CREATE TABLE "insight_pool" (
    "pool_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,

    CONSTRAINT "insight_pool_pkey" PRIMARY KEY ("pool_id")
);

-- CreateTable
CREATE TABLE "insight_hold" (
    "hold_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "units" JSONB NOT NULL,

    CONSTRAINT "insight_hold_pkey" PRIMARY KEY ("hold_id")
);

-- CreateTable
CREATE TABLE "insight_pool_fill" (
    "pool_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "bucket" TIMESTAMPTZ(3) NOT NULL,
    "held" INTEGER NOT NULL DEFAULT 0,
    "sold" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,
    "released" INTEGER NOT NULL DEFAULT 0,
    "expired" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "insight_pool_fill_pkey" PRIMARY KEY ("pool_id","bucket")
);

-- CreateIndex
CREATE INDEX "insight_pool_brand_id_idx" ON "insight_pool"("brand_id");

-- CreateIndex
CREATE INDEX "insight_pool_fill_brand_id_bucket_idx" ON "insight_pool_fill"("brand_id", "bucket");
