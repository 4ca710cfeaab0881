package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.database.BulkCopy;
import com.mentorplatform.api.people.TrackedFields;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Applies a checked plan inside the caller's tenant transaction, set-based: the changed rows and
 * their history are streamed with COPY into temporary tables, then moved into {@code people} and
 * {@code people_history} with one statement each; audit records go the same way.
 *
 * <p>Each updated person gets an audit record with their before and after. People the import creates do
 * not: the import's own audit record (who, when, as of, counts) and each newcomer's arrival in the history,
 * which names the import, already say who created whom, and their starting values are the row itself.
 * At 100,000 newcomers a per-person copy of that took a third of the import's time.
 */
@Singleton
class ImportApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ImportApplier.class);
    private static final int PROGRESS_EVERY = 20_000;
    private static final String CREATE_TEMP_TABLES = """
            CREATE TEMP TABLE import_people (id uuid, is_new boolean, email text, display_name text, department text,
                location text, job_title text, level smallint, manager_id uuid, hired_on date, left_on date,
                language text, time_zone text) ON COMMIT DROP;
            CREATE TEMP TABLE import_history (id uuid, person_id uuid, field text, old_value text, new_value text)
                ON COMMIT DROP""";

    private final DirectoryRepository directory;
    private final BulkCopy bulkCopy;
    private final AuditLog auditLog;

    ImportApplier(DirectoryRepository directory, BulkCopy bulkCopy, AuditLog auditLog) {
        this.directory = directory;
        this.bulkCopy = bulkCopy;
        this.auditLog = auditLog;
    }

    /** Writes the plan, telling {@code progress} the phase and how many changed rows have been streamed. */
    void apply(UUID tenantId, UUID importId, AuditLog.Actor actor, LocalDate asOf, ImportPlan plan, Progress progress) {
        Stopwatch clock = new Stopwatch(importId);
        createTempTables();
        copyPeople(plan, copied -> progress.at("LOADING", copied));
        clock.lap("copy people");
        progress.at("WRITING", plan.creates().size() + plan.updates().size());
        directory.insertNew(tenantId);
        clock.lap("insert people");
        directory.updateChanged(tenantId, plan.setsLanguage(), plan.setsTimeZone());
        clock.lap("update people");
        copyHistory(plan);
        clock.lap("copy history");
        directory.insertHistory(tenantId, asOf, importId, actor.tenantId(), actor.personId());
        clock.lap("insert history");
        auditLog.recordAll(tenantId, actor, "person", plan.updates().stream()
                .map(p -> new AuditLog.Change("person.updated", p.id(), ImportedPerson.of(p.before()),
                        ImportedPerson.of(p, plan.setsLanguage(), plan.setsTimeZone())))
                .toList());
        clock.lap("audit");
    }

    /** Logs how long each step took, at debug level, to see where an import's time goes. */
    private static final class Stopwatch {
        private final UUID importId;
        private long last = System.nanoTime();

        Stopwatch(UUID importId) {
            this.importId = importId;
        }

        void lap(String step) {
            long now = System.nanoTime();
            LOG.debug("Import {}: {} took {} ms", importId, step, (now - last) / 1_000_000);
            last = now;
        }
    }

    /** Hears how far an import has come. */
    @FunctionalInterface
    interface Progress {
        void at(String phase, int changedRowsLoaded);
    }

    private void createTempTables() {
        try (Statement statement = bulkCopy.connection().createStatement()) {
            statement.execute(CREATE_TEMP_TABLES);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the import tables", e);
        }
    }

    private void copyPeople(ImportPlan plan, IntConsumer copied) {
        bulkCopy.copy("COPY import_people FROM STDIN", rows -> {
            int count = 0;
            for (List<ImportPlan.Planned> part : List.of(plan.creates(), plan.updates())) {
                for (ImportPlan.Planned p : part) {
                    PersonRow r = p.row();
                    rows.value(p.id()).value(p.before() == null ? "t" : "f").value(r.email()).value(r.displayName())
                            .value(r.department()).value(r.location()).value(r.jobTitle()).value(r.level())
                            .value(p.managerId()).value(r.hiredOn()).value(r.leftOn()).value(r.language())
                            .value(r.timeZone()).endRow();
                    if (++count % PROGRESS_EVERY == 0) {
                        copied.accept(count);
                    }
                }
            }
        });
    }

    private void copyHistory(ImportPlan plan) {
        bulkCopy.copy("COPY import_history FROM STDIN", rows -> {
            for (List<ImportPlan.Planned> part : List.of(plan.creates(), plan.updates())) {
                for (ImportPlan.Planned p : part) {
                    for (TrackedFields.Change change : changes(p)) {
                        rows.value(TimeOrderedIds.next()).value(p.id()).value(change.field()).value(change.oldValue())
                                .value(change.newValue()).endRow();
                    }
                }
            }
        });
    }

    private static List<TrackedFields.Change> changes(ImportPlan.Planned p) {
        PersonRow r = p.row();
        TrackedFields after = TrackedFields.of(r.level(), r.department(), r.jobTitle(), p.managerId(), r.location(),
                r.leftOn());
        ExistingPerson b = p.before();
        return b == null ? TrackedFields.arrivalOf(after)
                : TrackedFields.of(b.level(), b.department(), b.jobTitle(), b.managerId(), b.location(), b.leftOn())
                        .changesTo(after);
    }
}
