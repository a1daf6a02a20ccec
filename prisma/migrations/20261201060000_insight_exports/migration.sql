-- Exports the organizer asked for, built by a job into the file store (docs/adr/0029).
CREATE TABLE "insight_export" (
    "id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "event_id" TEXT,
    "kind" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "rows_done" INTEGER NOT NULL DEFAULT 0,
    "rows_total" INTEGER,
    "file_key" TEXT,
    "file_name" TEXT,
    "requested_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "insight_export_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "insight_export_brand_id_created_at_idx" ON "insight_export"("brand_id", "created_at");
