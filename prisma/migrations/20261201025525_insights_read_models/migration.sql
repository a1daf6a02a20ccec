-- DropTable
DROP TABLE "insight_check_ins";

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
CREATE INDEX "insight_check_in_event_id_bucket_idx" ON "insight_check_in"("event_id", "bucket");
