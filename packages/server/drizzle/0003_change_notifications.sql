-- The reads every request makes (the session's actor, a plan's scope and its organisation's data
-- stamp) may be kept in a server's memory while nothing they come from changes (read-through.ts).
-- On PostgreSQL other processes write too: every statement that changes one of these tables
-- notifies `traguardo_changes` when its transaction commits, and each server listens
-- (db/change-notifications.ts). Notifications of one transaction are folded into one.
CREATE FUNCTION "traguardo_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('traguardo_changes', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "traguardo_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "users_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "traguardo_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "memberships_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "memberships" FOR EACH STATEMENT EXECUTE FUNCTION "traguardo_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "plans_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "traguardo_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "traguardo_notify_change"();
