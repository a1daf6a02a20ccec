-- The shop keeps each brand's catalog in memory and reloads it when this number moves
-- (docs/adr/0009). Triggers, not application code, bump it: no write path can forget to.
CREATE TABLE "catalog_version" (
    "brand_id" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "catalog_version_pkey" PRIMARY KEY ("brand_id")
);

-- TG_ARGV[0]: how the changed row names its brand: 'brand_id' (a column), 'product' (via
-- product_id / bundle_id → product.brand_id) or 'pool' (via pool_id → pool.brand_id).
CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb;
  b text;
BEGIN
  IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
  IF TG_ARGV[0] = 'brand_id' THEN
    b := r->>'brand_id';
  ELSIF TG_ARGV[0] = 'product' THEN
    SELECT brand_id INTO b FROM product WHERE id = coalesce(r->>'product_id', r->>'bundle_id');
  ELSIF TG_ARGV[0] = 'pool' THEN
    SELECT brand_id INTO b FROM pool WHERE id = r->>'pool_id';
  END IF;
  IF b IS NOT NULL THEN
    INSERT INTO catalog_version (brand_id, version) VALUES (b, 1)
    ON CONFLICT (brand_id) DO UPDATE SET version = catalog_version.version + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER event_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "event" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('brand_id');
CREATE TRIGGER product_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "product" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('brand_id');
CREATE TRIGGER price_phase_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "price_phase" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('brand_id');
CREATE TRIGGER bundle_pricing_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "bundle_pricing" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('brand_id');
CREATE TRIGGER component_price_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "component_price" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('brand_id');
CREATE TRIGGER variant_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "variant" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('product');
CREATE TRIGGER bundle_component_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "bundle_component" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('product');
CREATE TRIGGER draw_bumps_catalog AFTER INSERT OR UPDATE OR DELETE ON "draw" FOR EACH ROW EXECUTE FUNCTION bump_catalog_version('pool');
