ALTER TABLE "buildings" ADD COLUMN "geom_3857" geometry(Geometry,3857);--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): buildings.geom_3857 is kept by a trigger,
-- not generated, because the register's upsert sets every column but geom from excluded. BEFORE
-- triggers run before generated columns are computed, hence COALESCE(footprint, position).
CREATE FUNCTION "buildings_geom_3857"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.geom_3857 := ST_Transform(COALESCE(NEW.footprint, NEW.position), 3857);
	RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "buildings_geom_3857" BEFORE INSERT OR UPDATE ON "buildings"
	FOR EACH ROW EXECUTE FUNCTION "buildings_geom_3857"();--> statement-breakpoint
UPDATE "buildings" SET "geom_3857" = ST_Transform("geom", 3857);--> statement-breakpoint
ALTER TABLE "plan_features" ADD COLUMN "geom_3857" geometry(MultiPolygon,3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED;--> statement-breakpoint
CREATE INDEX "buildings_geom_3857_gist" ON "buildings" USING gist ("geom_3857");--> statement-breakpoint
CREATE INDEX "plan_features_geom_3857_gist" ON "plan_features" USING gist ("geom_3857");