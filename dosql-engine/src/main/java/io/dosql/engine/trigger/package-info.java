/**
 * SQLite-style row triggers: catalog entries ({@link io.dosql.engine.trigger.TriggerInfo}), CREATE/DROP
 * TRIGGER ({@link io.dosql.engine.trigger.TriggerDdl}), firing from the table write path
 * ({@link io.dosql.engine.trigger.Triggers}) and INSTEAD OF triggers on views
 * ({@link io.dosql.engine.trigger.InsteadOfPlan}).
 *
 * <p>A trigger's WHEN clause and body are bound like ordinary statements after rewriting
 * {@code NEW.col}/{@code OLD.col} into typed bind parameters, so the binder needs no trigger scope; the
 * bound program is cached per catalog version and run once per affected row in a nested execution
 * context that shares the triggering statement's transaction and undo log.
 */
package io.dosql.engine.trigger;
