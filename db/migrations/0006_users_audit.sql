CREATE TABLE "login_failures" (
	"key" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "share_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"title" text NOT NULL,
	"proposal_id" integer,
	"view" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "share_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"oidc_subject" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_oidc_subject_unique" UNIQUE("oidc_subject"),
	CONSTRAINT "users_role" CHECK ("users"."role" IN ('admin', 'eiendom', 'planlegger', 'leser')),
	CONSTRAINT "users_username" CHECK ("users"."username" ~ '^[a-z0-9._-]{2,64}$')
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_log_action" CHECK ("audit_log"."action" IN ('create', 'update', 'delete'))
);
--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_proposal_id_zone_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."zone_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_failures_key" ON "login_failures" USING btree ("key","failed_at");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_object" ON "audit_log" USING btree ("object_type","object_id","id");--> statement-breakpoint
-- Hand-written from here (drizzle-kit does not model triggers).
--
-- The audit log is written by triggers, so every change to a logged table is recorded
-- whichever code path (web, CLI, seed) made it. The actor is the transaction's
-- `planbord.actor` setting (JSON {"id","name"}), set by withTransaction from the request's
-- signed-in user; without one the change is recorded as made by 'system'. A restore loads
-- rows that were already logged, so it sets `planbord.restoring` and is not logged again.
CREATE FUNCTION "planbord_audit_write"(action text, object_type text, object_id text, before jsonb, after jsonb)
	RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	actor jsonb := NULLIF(current_setting('planbord.actor', true), '')::jsonb;
BEGIN
	INSERT INTO "audit_log" ("actor_id", "actor_name", "action", "object_type", "object_id", "before", "after")
	VALUES ((actor ->> 'id')::integer, COALESCE(actor ->> 'name', 'system'), action, object_type, object_id, before, after);
END
$$;--> statement-breakpoint
-- Arguments: object type, key column, columns stored only as an md5 fingerprint (secrets and
-- derived geometry), columns ignored when deciding whether an update changed anything.
CREATE FUNCTION "planbord_audit_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	object_type text := TG_ARGV[0];
	key_column text := TG_ARGV[1];
	fingerprinted text[] := TG_ARGV[2]::text[];
	ignored text[] := TG_ARGV[3]::text[];
	old_row jsonb;
	new_row jsonb;
	col text;
BEGIN
	IF current_setting('planbord.restoring', true) = 'on' THEN RETURN NULL; END IF;
	IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
	IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
	FOREACH col IN ARRAY fingerprinted LOOP
		IF old_row ? col AND old_row ->> col IS NOT NULL THEN
			old_row := jsonb_set(old_row, ARRAY[col], to_jsonb('md5:' || md5(old_row ->> col)));
		END IF;
		IF new_row ? col AND new_row ->> col IS NOT NULL THEN
			new_row := jsonb_set(new_row, ARRAY[col], to_jsonb('md5:' || md5(new_row ->> col)));
		END IF;
	END LOOP;
	IF TG_OP = 'UPDATE' AND (old_row - ignored) = (new_row - ignored) THEN RETURN NULL; END IF;
	PERFORM "planbord_audit_write"(
		CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
		object_type, COALESCE(new_row, old_row) ->> key_column, old_row, new_row);
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "buildings_audit" AFTER INSERT OR UPDATE OR DELETE ON "buildings" FOR EACH ROW
	EXECUTE FUNCTION "planbord_audit_row"('building', 'building_number', '{geom,geom_3857,content_hash}', '{updated_at,version}');--> statement-breakpoint
CREATE TRIGGER "benchmarks_audit" AFTER INSERT OR UPDATE OR DELETE ON "benchmarks" FOR EACH ROW
	EXECUTE FUNCTION "planbord_audit_row"('benchmark', 'key', '{}', '{updated_at}');--> statement-breakpoint
CREATE TRIGGER "zone_proposals_audit" AFTER INSERT OR UPDATE OR DELETE ON "zone_proposals" FOR EACH ROW
	EXECUTE FUNCTION "planbord_audit_row"('proposal', 'id', '{}', '{updated_at}');--> statement-breakpoint
CREATE TRIGGER "plans_audit" AFTER INSERT OR UPDATE OR DELETE ON "plans" FOR EACH ROW
	EXECUTE FUNCTION "planbord_audit_row"('plan', 'id', '{}', '{}');--> statement-breakpoint
CREATE TRIGGER "users_audit" AFTER INSERT OR UPDATE OR DELETE ON "users" FOR EACH ROW
	EXECUTE FUNCTION "planbord_audit_row"('user', 'id', '{password_hash}', '{updated_at}');--> statement-breakpoint
CREATE TRIGGER "share_links_audit" AFTER INSERT OR UPDATE OR DELETE ON "share_links" FOR EACH ROW
	EXECUTE FUNCTION "planbord_audit_row"('share_link', 'id', '{token_hash}', '{}');--> statement-breakpoint
-- Zones are immutable per version, so a zone's create/update/delete is the difference between
-- a new version and the one before it, by the editor's stable zone key. Deferred to commit:
-- the version row is written before its zones.
CREATE FUNCTION "zone_versions_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	change record;
BEGIN
	IF current_setting('planbord.restoring', true) = 'on' THEN RETURN NULL; END IF;
	FOR change IN
		SELECT COALESCE(n.zone_key, o.zone_key) AS zone_key,
			CASE WHEN o.zone_key IS NULL THEN 'create' WHEN n.zone_key IS NULL THEN 'delete' ELSE 'update' END AS action,
			CASE WHEN o.zone_key IS NOT NULL THEN jsonb_build_object('version', o.version, 'name', o.name, 'area', o.area, 'geom', o.geom) END AS before,
			CASE WHEN n.zone_key IS NOT NULL THEN jsonb_build_object('version', n.version, 'name', n.name, 'area', n.area, 'geom', n.geom) END AS after
		FROM (SELECT * FROM "zones" WHERE proposal_id = NEW.proposal_id AND version = NEW.version) n
		FULL JOIN (SELECT * FROM "zones" WHERE proposal_id = NEW.proposal_id AND version = NEW.version - 1) o
			ON o.zone_key = n.zone_key
		WHERE o.zone_key IS NULL OR n.zone_key IS NULL OR o.name <> n.name
			OR ST_AsEWKB(o.geom) <> ST_AsEWKB(n.geom)
		ORDER BY 1
	LOOP
		PERFORM "planbord_audit_write"(change.action, 'zone', NEW.proposal_id || '/' || change.zone_key, change.before, change.after);
	END LOOP;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "zone_versions_audit" AFTER INSERT ON "zone_proposal_versions"
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "zone_versions_audit"();--> statement-breakpoint
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_no_change" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW
	EXECUTE FUNCTION "audit_log_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT
	EXECUTE FUNCTION "audit_log_append_only"();--> statement-breakpoint
-- Optimistic concurrency for the register: any change of content bumps the version.
CREATE FUNCTION "buildings_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.content_hash IS DISTINCT FROM OLD.content_hash THEN
		NEW.version := OLD.version + 1;
	ELSE
		NEW.version := OLD.version;
	END IF;
	RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "buildings_version" BEFORE UPDATE ON "buildings" FOR EACH ROW
	EXECUTE FUNCTION "buildings_version"();
