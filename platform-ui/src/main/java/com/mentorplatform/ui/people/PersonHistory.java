package com.mentorplatform.ui.people;

import com.mentorplatform.client.model.HistoryEntryResponse;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's tracked changes, newest first: when each took effect, what changed from what to what, whether
 * an edit or an import made it, and who. Managers and authors are shown by name, not by id.
 */
final class PersonHistory extends Grid<PersonHistory.Row> {

    private static final String NONE = "—";
    /** The field whose values are a manager's id, shown by name. */
    private static final String MANAGER = "manager";
    private static final Map<String, String> FIELD_LABELS = Map.of("level", "Level", "department", "Department",
            "job_title", "Job title", MANAGER, "Manager", "location", "Location", "status", "Status");
    private static final Map<String, String> SOURCE_LABELS = Map.of("CREATE", "Created", "EDIT", "Edit",
            "IMPORT", "Import", "SCIM", "Identity provider");

    /** One line of the table, in words. */
    record Row(String effectiveOn, String field, String change, String source, String by) {}

    private final ApiClient api;

    PersonHistory(ApiClient api) {
        super(Row.class, false);
        this.api = api;
        setId("person-history");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Row::effectiveOn).setKey("effectiveOn").setHeader("Effective").setWidth("8rem").setFlexGrow(0);
        addColumn(Row::field).setKey("field").setHeader("Field").setWidth("6.5rem").setFlexGrow(0);
        // The panel is narrow: where a change came from sits under it, in smaller type, not in columns of its own.
        addColumn(new ComponentRenderer<>(PersonHistory::changeWithOrigin)).setKey("change").setHeader("From → to")
                .setFlexGrow(1);
        setEmptyStateText("No changes recorded yet.");
    }

    void show(PersonResponse person) {
        List<HistoryEntryResponse> entries = new ArrayList<>(api.getList(
                "/api/people/" + ApiPaths.encode(person.getId().toString()) + "/history", HistoryEntryResponse.class));
        Collections.reverse(entries);
        Map<String, String> names = new HashMap<>();
        setItems(entries.stream().map(entry -> rowOf(entry, names)).toList());
    }

    private static Component changeWithOrigin(Row row) {
        Span origin = Hint.of(NONE.equals(row.by()) ? row.source() : row.source() + " by " + row.by());
        Div cell = new Div(new Span(row.change()), new Div(origin));
        cell.addClassName("history-cell");
        return cell;
    }

    private Row rowOf(HistoryEntryResponse entry, Map<String, String> names) {
        boolean manager = MANAGER.equals(entry.getField());
        String from = manager ? nameOf(entry.getOldValue(), names) : valueOf(entry.getOldValue());
        String to = manager ? nameOf(entry.getNewValue(), names) : valueOf(entry.getNewValue());
        return new Row(Dates.day(entry.getEffectiveOn()), FIELD_LABELS.getOrDefault(entry.getField(), entry.getField()),
                from + " → " + to, SOURCE_LABELS.getOrDefault(entry.getSource(), entry.getSource()),
                nameOf(Objects.toString(entry.getActorId(), null), names));
    }

    private static String valueOf(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return switch (value) {
            case "ACTIVE" -> "Active";
            case "LEFT" -> "Left";
            default -> value;
        };
    }

    /** A person's name by id, asked of the API once per id and table. */
    private String nameOf(String personId, Map<String, String> names) {
        if (personId == null) {
            return NONE;
        }
        return names.computeIfAbsent(personId, id -> {
            try {
                return new PeopleClient(api).person(id).getDisplayName();
            } catch (ApiProblem gone) {
                return "someone no longer listed";
            }
        });
    }
}
