package com.mentorplatform.ui.framework;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A competency: name, category, description and what each of the five levels looks like. */
final class CompetencyForm extends EditorForm<CompetencyResponse, CompetencyDraft> {

    static final int LEVELS = 5;

    final TextField name = new TextField("Name");
    final ComboBox<String> category = new ComboBox<>("Category");
    final TextArea description = new TextArea("Description");
    final List<TextArea> levels = IntStream.rangeClosed(1, LEVELS)
            .mapToObj(level -> new TextArea("Level " + level)).toList();

    CompetencyForm() {
        setId("competency-form");
        configureFields();
        add(name, category);
        add(description, 2);
        levels.forEach(level -> add(level, 2));
        addButtons();
    }

    private void configureFields() {
        bind("name", name);
        bind("category", category);
        bind("description", description);
        name.setId("competency-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        category.setId("competency-category");
        category.setRequiredIndicatorVisible(true);
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(custom -> category.setValue(custom.getDetail()));
        description.setMaxLength(2000);
        description.setMaxHeight("8rem");
        for (int i = 0; i < levels.size(); i++) {
            TextArea level = levels.get(i);
            level.setId("competency-level-" + (i + 1));
            level.setRequiredIndicatorVisible(true);
            level.setMaxLength(300);
            bind("levelDescriptors[" + i + "]", level);
        }
    }

    /** The categories already in use, offered as choices; a new one may be typed. */
    void setCategories(List<String> categories) {
        category.setItems(categories);
    }

    @Override
    protected String headingFor(CompetencyResponse competency) {
        return competency == null ? "New competency" : "Edit " + competency.getName();
    }

    @Override
    protected void fill(CompetencyResponse competency) {
        name.setValue(Texts.orEmpty(competency == null ? null : competency.getName()));
        category.setValue(competency == null ? null : competency.getCategory());
        description.setValue(Texts.orEmpty(competency == null ? null : competency.getDescription()));
        for (int i = 0; i < levels.size(); i++) {
            levels.get(i).setValue(competency == null ? "" : Texts.orEmpty(competency.getLevelDescriptors().get(i)));
        }
    }

    @Override
    protected CompetencyDraft draft() {
        List<String> descriptors = new ArrayList<>(LEVELS);
        levels.forEach(level -> descriptors.add(Texts.orEmpty(Texts.blankToNull(level.getValue()))));
        return new CompetencyDraft(Texts.orEmpty(Texts.blankToNull(name.getValue())),
                Texts.blankToNull(category.getValue()), Texts.blankToNull(description.getValue()), descriptors);
    }
}
