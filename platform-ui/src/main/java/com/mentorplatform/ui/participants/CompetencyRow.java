package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.CompetencyLevel;
import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** One competency and its level; the level's choices read as the framework describes them for that competency. */
class CompetencyRow extends HorizontalLayout {

    final ComboBox<CompetencyResponse> competency = new ComboBox<>();
    final Select<Integer> level = new Select<>();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    final Span required = Hint.of("");

    CompetencyRow(List<CompetencyResponse> framework, CompetencyResponse chosen, Integer rating) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        competency.setItems(framework);
        competency.setItemLabelGenerator(CompetencyResponse::getName);
        competency.setPlaceholder("Competency");
        competency.setAriaLabel("Competency");
        competency.setWidth("17rem");
        competency.addValueChangeListener(change -> level.setItemLabelGenerator(this::levelLabel));
        level.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        level.setItemLabelGenerator(this::levelLabel);
        level.setPlaceholder("Level");
        level.setAriaLabel("Level");
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("Not rated");
        level.setMinWidth("14rem");
        required.addClassName("nowrap");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove competency");
        competency.setValue(chosen);
        level.setValue(rating);
        add(competency, level, required, remove);
        setFlexGrow(1, level);
    }

    /** Fixes the competency as one the target role requires at {@code requiredLevel}; null unpins. */
    void pin(Integer requiredLevel) {
        boolean pinned = requiredLevel != null;
        competency.setReadOnly(pinned);
        remove.setVisible(!pinned);
        required.setVisible(pinned);
        required.setText(pinned ? "Role asks for " + requiredLevel : "");
    }

    boolean isPinned() {
        return competency.isReadOnly();
    }

    Optional<UUID> competencyId() {
        return Optional.ofNullable(competency.getValue()).map(CompetencyResponse::getId);
    }

    /** Whether the row says something: a rated or chosen competency, except a pinned one left unrated. */
    boolean isFilledIn() {
        return !level.isEmpty() || (!isPinned() && !competency.isEmpty());
    }

    CompetencyLevel value() {
        return new CompetencyLevel().competencyId(competencyId().orElse(null))
                .level(level.getValue());
    }

    private String levelLabel(Integer value) {
        if (value == null) {
            return "";
        }
        String descriptor = competency.getValue() == null ? "" : describe(competency.getValue(), value);
        return descriptor.isEmpty() ? String.valueOf(value) : value + " · " + descriptor;
    }

    /** What reaching {@code level} (1–5) means in the competency, or "" when the framework does not say. */
    private static String describe(CompetencyResponse competency, int level) {
        List<String> descriptors = competency.getLevelDescriptors();
        return level >= 1 && level <= descriptors.size() ? descriptors.get(level - 1) : "";
    }
}
