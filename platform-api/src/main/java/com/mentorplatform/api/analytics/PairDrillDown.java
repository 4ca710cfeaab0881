package com.mentorplatform.api.analytics;

import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.NameCursor;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/** The pairs behind a dashboard number, a keyset page at a time. */
@Singleton
class PairDrillDown {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final DrillDownRepository rows;
    private final ReportScopes scopes;
    private final TenantScope tenantScope;

    PairDrillDown(DrillDownRepository rows, ReportScopes scopes, TenantScope tenantScope) {
        this.rows = rows;
        this.scopes = scopes;
        this.tenantScope = tenantScope;
    }

    AnalyticsPairPage page(ReportScope s, @Nullable Concern concern, @Nullable Integer limit, @Nullable String after) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        NameCursor cursor = NameCursor.decode(after);
        String afterName = NameCursor.name(cursor);
        String afterId = cursor == null ? null : cursor.id().toString();
        Concern wanted = concern == null ? Concern.ALL : concern;
        List<DrillDownRow> found = tenantScope.readReport(s.tenantId(), () -> {
            scopes.requireKnown(s);
            return wanted == Concern.UNMATCHED
                    ? rows.unmatched(s.tenantId(), s.programme(), s.cohort(), afterName, afterId, Keyset.rowsFor(size))
                    : rows.pairs(s.tenantId(), s.programme(), s.cohort(), s.nowText(), wanted.name(), s.start(),
                    s.end(), afterName, afterId, Keyset.rowsFor(size));
        });
        Keyset<DrillDownRow> page = Keyset.of(found, size, last -> new NameCursor(last.sortName(), last.rowKey()).encode());
        return new AnalyticsPairPage(page.items().stream().map(DrillDownRow::item).toList(), page.next());
    }
}
