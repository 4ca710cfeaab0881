package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Imports of the people directory. The file is read and checked at once (the caller gets the
 * report, or a refusal when a real run has problems); a clean real run is then applied by
 * {@link ImportJobs} in the background, which re-checks it under the directory lock.
 */
@Singleton
class PeopleImports {

    /** The most problems one import keeps and reports; the count is always complete. */
    static final int MAX_PROBLEMS_KEPT = 10_000;

    private final TenantScope tenantScope;
    private final DirectoryRepository directory;
    private final ImportRepository imports;
    private final ProblemList problemList;
    private final ImportJobs jobs;
    private final Clock clock;

    PeopleImports(TenantScope tenantScope, DirectoryRepository directory, ImportRepository imports,
                  ProblemList problemList, ImportJobs jobs, Clock clock) {
        this.tenantScope = tenantScope;
        this.directory = directory;
        this.imports = imports;
        this.problemList = problemList;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Checks the file; records the attempt; starts applying it when it is a clean real run. */
    ImportReport start(Caller caller, byte[] csv, @Nullable String fileName, @Nullable LocalDate asOf, boolean dryRun) {
        UUID tenantId = caller.tenantId();
        LocalDate effective = asOf == null ? LocalDate.now(clock) : asOf;
        ParsedFile file = ImportFileReader.read(csv);
        ImportPlan plan = tenantScope.read(tenantId, () -> ImportPlanner.plan(file, directory.everyone(tenantId)));
        UUID id = UUID.randomUUID();
        ImportStatus status = dryRun ? ImportStatus.DONE : plan.hasProblems() ? ImportStatus.REJECTED : ImportStatus.RUNNING;
        boolean queued = status == ImportStatus.RUNNING;
        tenantScope.write(tenantId, () -> {
            imports.insert(tenantId, id, tenantId, caller.personId(), fileName, effective, dryRun, status.name(),
                    queued ? "QUEUED" : status.name(), plan.totalRows(), queued ? 0 : plan.totalRows(),
                    plan.creates().size(), plan.updates().size(), plan.unchanged(), plan.problems().size(),
                    problemList.toJson(plan.problems()));
            return null;
        });
        if (queued) {
            jobs.submit(tenantId, id, AuditLog.Actor.of(caller), effective, file);
        }
        return report(caller, id);
    }

    List<ImportSummary> newestFirst(Caller caller, int limit) {
        return tenantScope.read(caller.tenantId(), () -> imports.newestFirst(caller.tenantId(), limit).stream()
                .map(ImportSummary::of).toList());
    }

    /** One import with its problems; the same 404 for a missing id and another tenant's. */
    ImportReport report(Caller caller, UUID id) {
        ImportRecord record = tenantScope.read(caller.tenantId(), () -> imports.find(caller.tenantId(), id))
                .orElseThrow(() -> ProblemException.notFound("Import"));
        return new ImportReport(ImportSummary.of(record), problemList.fromJson(record.problems()));
    }
}
