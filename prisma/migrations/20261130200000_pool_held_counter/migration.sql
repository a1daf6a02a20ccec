-- A pool counts its held units next to `sold` (docs/adr/0006): placing a hold is one conditional
-- UPDATE instead of summing every active hold line under the pool's lock. The counter holds the
-- units of every hold still `active`, past its time or not — the expiry job (or the next hold that
-- finds no room) takes them off when it marks the hold expired, so they are counted until then.
ALTER TABLE "pool" ADD COLUMN "held" INTEGER NOT NULL DEFAULT 0;

UPDATE "pool" p SET "held" = t.units
FROM (
  SELECT hl."pool_id", sum(hl."units")::int AS units
  FROM "hold_line" hl JOIN "hold" h ON h."id" = hl."hold_id"
  WHERE h."status" = 'active'
  GROUP BY hl."pool_id"
) t
WHERE t."pool_id" = p."id";

CREATE INDEX "hold_status_expires_at_idx" ON "hold"("status", "expires_at");
