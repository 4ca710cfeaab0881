package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.CompetencyLevel;
import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RatedCompetency;
import com.mentorplatform.client.model.RoleProfileResponseRequirement;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of competencies, each with a level 1–5: what a mentor offers or how a mentee rates themselves. Rows a
 * role requires can be pinned to the top (competency fixed, the required level shown beside it); a pinned row
 * left unrated is simply not sent. It remembers which row became which list element of the last value, so the
 * API's {@code competencies[2].level} finds its row again.
 */
class CompetencyLevelsEditor extends VerticalLayout {

    private static final Pattern ELEMENT = Pattern.compile("competencies\\[(\\d+)]\\.(competencyId|level)");

    final Button add = new Button("Add competency", VaadinIcon.PLUS.create());
    private final List<CompetencyResponse> framework;
    private final Div rowsBox = new Div();
    private final List<CompetencyRow> rows = new ArrayList<>();
    private List<CompetencyRow> sent = List.of();

    CompetencyLevelsEditor(String label, List<CompetencyResponse> framework) {
        this.framework = framework;
        setPadding(false);
        setSpacing(false);
        addClassName("form-block");
        Span caption = new Span(label);
        caption.addClassName("field-caption");
        rowsBox.setWidthFull();
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow(null, null, null));
        add(caption, rowsBox, add);
    }

    List<CompetencyRow> rows() {
        return List.copyOf(rows);
    }

    /** Replaces the rows with {@code levels}, none pinned. */
    void setLevels(List<RatedCompetency> levels) {
        rows.clear();
        rowsBox.removeAll();
        levels.forEach(level -> addRow(competency(level.getCompetencyId()), level.getLevel(), null));
    }

    /**
     * Puts a row for each of {@code requirements} first, pinned and keeping any level already given; rows
     * pinned for an earlier role and left unrated go away.
     */
    void pinFirst(List<RoleProfileResponseRequirement> requirements) {
        List<CompetencyRow> rest = new ArrayList<>(rows);
        rest.removeIf(row -> row.isPinned() && row.level.isEmpty());
        List<CompetencyRow> ordered = new ArrayList<>();
        for (RoleProfileResponseRequirement requirement : requirements) {
            CompetencyRow row = rest.stream()
                    .filter(candidate -> candidate.competencyId().filter(requirement.getCompetencyId()::equals)
                            .isPresent())
                    .findFirst()
                    .orElseGet(() -> newRow(competency(requirement.getCompetencyId()), null));
            rest.remove(row);
            row.pin(requirement.getLevel());
            ordered.add(row);
        }
        rest.forEach(row -> row.pin(null));
        ordered.addAll(rest);
        rows.clear();
        rowsBox.removeAll();
        ordered.forEach(this::show);
    }

    /** The levels to send: blank rows and unrated pinned rows are left out; half-filled rows go for the API to name. */
    List<CompetencyLevel> value() {
        sent = rows.stream().filter(CompetencyRow::isFilledIn).toList();
        return sent.stream().map(CompetencyRow::value).toList();
    }

    /** The field showing {@code competencies[i].level} or {@code competencies[i].competencyId}, if any. */
    HasValidation fieldFor(String jsonName) {
        Matcher element = ELEMENT.matcher(jsonName);
        if (!element.matches() || Integer.parseInt(element.group(1)) >= sent.size()) {
            return null;
        }
        CompetencyRow row = sent.get(Integer.parseInt(element.group(1)));
        return "level".equals(element.group(2)) ? row.level : row.competency;
    }

    private CompetencyResponse competency(UUID id) {
        return framework.stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseGet(() -> new CompetencyResponse().id(id).name("Unknown competency").category(""));
    }

    private void addRow(CompetencyResponse competency, Integer level, Integer required) {
        CompetencyRow row = newRow(competency, level);
        row.pin(required);
        show(row);
    }

    private CompetencyRow newRow(CompetencyResponse competency, Integer level) {
        CompetencyRow row = new CompetencyRow(framework, competency, level);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            rowsBox.remove(row);
        });
        return row;
    }

    private void show(CompetencyRow row) {
        rows.add(row);
        rowsBox.add(row);
    }
}
