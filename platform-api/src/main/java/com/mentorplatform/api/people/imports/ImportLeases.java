package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.background.LeasedWork;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The leases of people imports being applied by some API process, renewed while it lives. */
@Singleton
class ImportLeases implements LeasedWork {

    /** An import is one transaction, so one cut off by a stopped process changed nothing. */
    static final ImportProblem INTERRUPTED = new ImportProblem(0, "file",
            "was interrupted: the API stopped before the import finished; nothing was changed. Upload the file again.");

    private final ImportRepository imports;
    private final ProblemList problemList;

    ImportLeases(ImportRepository imports, ProblemList problemList) {
        this.imports = imports;
        this.problemList = problemList;
    }

    @Override
    public String kind() {
        return "people import";
    }

    @Override
    public void renew(UUID tenantId, Collection<UUID> ids) {
        imports.renew(tenantId, ids);
    }

    @Override
    public int failExpired(UUID tenantId, long staleSeconds) {
        return imports.failExpired(tenantId, staleSeconds, problemList.toJson(List.of(INTERRUPTED)));
    }
}
