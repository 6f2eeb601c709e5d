CREATE TABLE "zone_proposal_versions" (
	"proposal_id" integer NOT NULL,
	"version" integer NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"zone_count" integer NOT NULL,
	"problem_count" integer NOT NULL,
	CONSTRAINT "zone_proposal_versions_pk" PRIMARY KEY("proposal_id","version"),
	CONSTRAINT "zone_proposal_versions_version" CHECK ("zone_proposal_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "zone_proposals" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"copied_from" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_proposals_status" CHECK ("zone_proposals"."status" IN ('draft', 'proposed', 'adopted')),
	CONSTRAINT "zone_proposals_version" CHECK ("zone_proposals"."version" >= 0)
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"proposal_id" integer NOT NULL,
	"version" integer NOT NULL,
	"zone_key" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"geom" geometry(MultiPolygon,25832) NOT NULL,
	"area" double precision NOT NULL,
	CONSTRAINT "zones_key" UNIQUE("proposal_id","version","zone_key"),
	CONSTRAINT "zones_area" CHECK ("zones"."area" >= 0)
);
--> statement-breakpoint
ALTER TABLE "zone_proposal_versions" ADD CONSTRAINT "zone_proposal_versions_proposal_id_zone_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."zone_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_proposals" ADD CONSTRAINT "zone_proposals_copied_from_zone_proposals_id_fk" FOREIGN KEY ("copied_from") REFERENCES "public"."zone_proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_version_fk" FOREIGN KEY ("proposal_id","version") REFERENCES "public"."zone_proposal_versions"("proposal_id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zones_geom_gist" ON "zones" USING gist ("geom");