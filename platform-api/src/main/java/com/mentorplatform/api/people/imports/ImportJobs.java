package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.background.Leases;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Applies checked imports in the background, at most {@link #PARALLEL_IMPORTS} at a time per node
 * (each holds two pooled connections: its transaction and its progress updates); others wait QUEUED.
 *
 * <p>Each import runs in ONE tenant transaction that first takes the directory lock, re-reads the
 * directory and re-checks the file (the directory may have changed since the caller's check), then
 * writes everything and marks the import DONE; so it applies completely or not at all. Progress is
 * written in separate short transactions, so a client polling the import sees it move. This process
 * holds the import's lease from submission to the end, so other replicas leave it alone while it lives.
 */
@Singleton
class ImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final int PARALLEL_IMPORTS = 2;

    private final TenantScope tenantScope;
    private final DirectoryRepository directory;
    private final ImportRepository imports;
    private final ImportApplier applier;
    private final ProblemList problemList;
    private final AuditLog auditLog;
    private final Leases leases;
    private final ImportLeases importLeases;
    private final ExecutorService executor = Executors.newFixedThreadPool(PARALLEL_IMPORTS);

    ImportJobs(TenantScope tenantScope, DirectoryRepository directory, ImportRepository imports,
               ImportApplier applier, ProblemList problemList, AuditLog auditLog, Leases leases,
               ImportLeases importLeases) {
        this.tenantScope = tenantScope;
        this.directory = directory;
        this.imports = imports;
        this.applier = applier;
        this.problemList = problemList;
        this.auditLog = auditLog;
        this.leases = leases;
        this.importLeases = importLeases;
    }

    void submit(UUID tenantId, UUID importId, AuditLog.Actor actor, LocalDate asOf, ParsedFile file) {
        Leases.Lease lease = leases.hold(importLeases, tenantId, importId);
        try {
            executor.execute(() -> {
                try (lease) {
                    run(tenantId, importId, actor, asOf, file);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The process is stopping: the import stays RUNNING until the recovery pass fails it.
            lease.close();
            LOG.warn("Import {} not started: the API is stopping", importId);
        }
    }

    private void run(UUID tenantId, UUID importId, AuditLog.Actor actor, LocalDate asOf, ParsedFile file) {
        try {
            ImportPlan plan = tenantScope.write(tenantId, () -> {
                directory.lockForImport(tenantId);
                progress(tenantId, importId, "CHECKING", 0);
                long start = System.nanoTime();
                ImportPlan fresh = ImportPlanner.plan(file, directory.everyone(tenantId));
                LOG.debug("Import {}: re-check took {} ms", importId, (System.nanoTime() - start) / 1_000_000);
                if (!fresh.hasProblems()) {
                    applyChecked(tenantId, importId, actor, asOf, fresh);
                }
                return fresh;
            });
            if (plan.hasProblems()) {
                finish(tenantId, importId, ImportStatus.FAILED, plan, plan.problems());
            }
        } catch (RuntimeException e) {
            LOG.error("Import {} of tenant {} failed; nothing was changed", importId, tenantId, e);
            finish(tenantId, importId, ImportStatus.FAILED, null, List.of(new ImportProblem(0, "file",
                    "could not be applied because of a server error; nothing was changed")));
        }
    }

    private void applyChecked(UUID tenantId, UUID importId, AuditLog.Actor actor, LocalDate asOf, ImportPlan plan) {
        int unchanged = plan.unchanged();
        progress(tenantId, importId, "LOADING", unchanged);
        applier.apply(tenantId, importId, actor, asOf, plan,
                (phase, loaded) -> progress(tenantId, importId, phase, unchanged + loaded));
        auditLog.record(tenantId, actor, "people_import.applied", "people_import", importId, null,
                Map.of("asOf", asOf.toString(), "rows", plan.totalRows(), "created", plan.creates().size(),
                        "updated", plan.updates().size(), "unchanged", unchanged));
        if (imports.finish(tenantId, importId, ImportStatus.DONE.name(), plan.totalRows(), plan.creates().size(),
                plan.updates().size(), unchanged, 0, "[]") == 0) {
            throw new IllegalStateException("the import was failed meanwhile (its lease expired)");
        }
    }

    private void progress(UUID tenantId, UUID importId, String phase, int processed) {
        tenantScope.writeSeparately(tenantId, () -> {
            imports.progress(tenantId, importId, phase, processed);
            return null;
        });
    }

    private void finish(UUID tenantId, UUID importId, ImportStatus status, ImportPlan plan, List<ImportProblem> problems) {
        tenantScope.write(tenantId, () -> {
            imports.finish(tenantId, importId, status.name(), 0, plan == null ? 0 : plan.creates().size(),
                    plan == null ? 0 : plan.updates().size(), plan == null ? 0 : plan.unchanged(), problems.size(),
                    problemList.toJson(problems));
            return null;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
