package com.mentorplatform.ui.participants;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Free tags (interests, topics): pick from the suggestions or type a new one and press Enter. Tags are kept in
 * lower case, as the API stores them, so what is shown after saving is what was typed.
 */
class TagField extends MultiSelectComboBox<String> {

    private final Set<String> choices = new LinkedHashSet<>();

    TagField(String label, String placeholder) {
        super(label);
        setPlaceholder(placeholder);
        setAllowCustomValue(true);
        setAutoExpand(AutoExpandMode.VERTICAL);
        addCustomValueSetListener(typed -> addTag(typed.getDetail()));
    }

    /** Shows {@code tags} selected and offers them among the suggestions. */
    void setTags(List<String> suggestions, List<String> tags) {
        choices.clear();
        choices.addAll(suggestions);
        choices.addAll(tags);
        setItems(List.copyOf(choices));
        setValue(new LinkedHashSet<>(tags));
    }

    List<String> tags() {
        return List.copyOf(getValue());
    }

    private void addTag(String typed) {
        String tag = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (tag.isEmpty()) {
            return;
        }
        Set<String> selected = new LinkedHashSet<>(getValue());
        selected.add(tag);
        if (choices.add(tag)) {
            setItems(List.copyOf(choices));
        }
        setValue(selected);
    }
}
