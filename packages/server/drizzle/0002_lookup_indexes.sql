DROP INDEX "audit_log_org";--> statement-breakpoint
CREATE INDEX "change_requests_amendment" ON "change_requests" USING btree ("amendment_id");--> statement-breakpoint
CREATE INDEX "evaluations_person" ON "evaluations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "org_units_manager" ON "org_units" USING btree ("manager_person_id");--> statement-breakpoint
CREATE INDEX "sessions_expires" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "audit_log_org" ON "audit_log" USING btree ("org_id","id");