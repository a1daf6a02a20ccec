-- Events a subscriber holds back instead of stopping at them (issue 11, finding 5; docs/adr/0015):
-- one whose handler failed and waits for its retry, one waiting behind it in the same stream, or
-- one parked after too many attempts, until someone replays it.
CREATE TABLE "held_delivery" (
    "id" BIGSERIAL NOT NULL,
    "subscriber" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "stream_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "brand_id" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3),
    "last_error" TEXT,
    "failed_at" TIMESTAMP(3),
    "parked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "held_delivery_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "held_delivery_status_check" CHECK ("status" IN ('retrying', 'waiting', 'parked'))
);

CREATE UNIQUE INDEX "held_delivery_subscriber_position_key" ON "held_delivery"("subscriber", "position");
CREATE INDEX "held_delivery_subscriber_stream_id_position_idx" ON "held_delivery"("subscriber", "stream_id", "position");
CREATE INDEX "held_delivery_brand_id_status_idx" ON "held_delivery"("brand_id", "status");
