CREATE TABLE "plan_features" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_ref" integer NOT NULL,
	"feature_key" text NOT NULL,
	"kind" text NOT NULL,
	"object_type" text NOT NULL,
	"code" text,
	"code_list" text NOT NULL,
	"status" integer,
	"name" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"provenance" jsonb,
	"unresolved" boolean DEFAULT false NOT NULL,
	"geom" geometry(MultiPolygon,25832) NOT NULL,
	CONSTRAINT "plan_features_key" UNIQUE("plan_ref","feature_key"),
	CONSTRAINT "plan_features_kind" CHECK ("plan_features"."kind" IN ('landuse', 'zone', 'planarea'))
);
--> statement-breakpoint
CREATE TABLE "plan_issues" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_ref" integer NOT NULL,
	"stage" text NOT NULL,
	"issue_key" text NOT NULL,
	"type" text NOT NULL,
	"rule" text,
	"municipalities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"objects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"area" double precision NOT NULL,
	"resolved_into" text,
	"detail" text NOT NULL,
	"geom" geometry(MultiPolygon,25832),
	CONSTRAINT "plan_issues_key" UNIQUE("plan_ref","issue_key"),
	CONSTRAINT "plan_issues_stage" CHECK ("plan_issues"."stage" IN ('validation', 'merge')),
	CONSTRAINT "plan_issues_area" CHECK ("plan_issues"."area" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"municipality" text NOT NULL,
	"plan_id" text NOT NULL,
	"name" text NOT NULL,
	"law" text,
	"format" text NOT NULL,
	"file_name" text,
	"source_srid" integer,
	"status" text NOT NULL,
	"content_hash" text,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report" jsonb,
	"feature_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_role" CHECK ("plans"."role" IN ('source', 'merged')),
	CONSTRAINT "plans_municipality_4_digits" CHECK ("plans"."municipality" ~ '^[0-9]{4}$'),
	CONSTRAINT "plans_plan_id_length" CHECK (char_length("plans"."plan_id") BETWEEN 1 AND 16)
);
--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_plan_ref_plans_id_fk" FOREIGN KEY ("plan_ref") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_issues" ADD CONSTRAINT "plan_issues_plan_ref_plans_id_fk" FOREIGN KEY ("plan_ref") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_features_plan" ON "plan_features" USING btree ("plan_ref");--> statement-breakpoint
CREATE INDEX "plan_features_geom_gist" ON "plan_features" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "plan_issues_geom_gist" ON "plan_issues" USING gist ("geom");