CREATE TABLE "municipalities" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"geom" geometry(MultiPolygon,25832) NOT NULL,
	"reference_geom" geometry(MultiPolygon,25832),
	"derived_from" text,
	"source" text NOT NULL,
	"licence" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipalities_number_valid_from" UNIQUE("number","valid_from"),
	CONSTRAINT "municipalities_role" CHECK ("municipalities"."role" IN ('old', 'new')),
	CONSTRAINT "municipalities_number_4_digits" CHECK ("municipalities"."number" ~ '^[0-9]{4}$'),
	CONSTRAINT "municipalities_valid_range" CHECK ("municipalities"."valid_to" IS NULL OR "municipalities"."valid_to" >= "municipalities"."valid_from")
);
--> statement-breakpoint
CREATE INDEX "municipalities_geom_gist" ON "municipalities" USING gist ("geom");