package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.ActionRequest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The agreed actions being written in the check-in dialog: one row each, with owner and due date. */
class ActionRows extends Div {

    /** A person who may own an action: the pair's mentor or mentee. */
    record Member(String id, String name) {
    }

    /** One action's fields. */
    static final class Row extends HorizontalLayout {
        final TextField description = new TextField();
        final Select<Member> owner = new Select<>();
        final DatePicker dueOn = new DatePicker();

        Row(List<Member> members, Member defaultOwner) {
            addClassName("check-in-action-row");
            description.setPlaceholder("What will be done");
            description.setMaxLength(500);
            description.setAriaLabel("Action");
            owner.setItems(members);
            owner.setItemLabelGenerator(Member::name);
            owner.setValue(defaultOwner);
            owner.setAriaLabel("Owner");
            owner.setWidth("11rem");
            dueOn.setPlaceholder("Due on");
            dueOn.setAriaLabel("Due on");
            dueOn.setWidth("10rem");
            dueOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setSpacing(true);
            add(description, owner, dueOn);
            expand(description);
        }

        ActionRequest value() {
            return new ActionRequest().description(description.getValue().strip())
                    .ownerId(owner.getValue() == null ? null : UUID.fromString(owner.getValue().id()))
                    .dueOn(dueOn.getValue());
        }

        boolean blank() {
            return description.getValue().isBlank();
        }
    }

    final Button add = new Button("Add action", VaadinIcon.PLUS.create());
    private final List<Row> rows = new ArrayList<>();
    private final List<Member> members;
    private final Member defaultOwner;
    private final Div list = new Div();

    ActionRows(List<Member> members, Member defaultOwner) {
        this.members = List.copyOf(members);
        this.defaultOwner = defaultOwner;
        add.setId("check-in-add-action");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow());
        add(list, add);
    }

    Row addRow() {
        Row row = new Row(members, defaultOwner);
        String id = "check-in-action-" + rows.size();
        row.description.setId(id + "-description");
        row.owner.setId(id + "-owner");
        row.dueOn.setId(id + "-due");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            rows.remove(row);
            list.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel("Remove action");
        row.add(remove);
        rows.add(row);
        list.add(row);
        return row;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The actions filled in; rows left blank are not sent. */
    List<ActionRequest> values() {
        return rows.stream().filter(row -> !row.blank()).map(Row::value).toList();
    }

    /** The field of {@code actions[i].description} and the like, as the API names it; null when none shows it. */
    HasValidation field(int index, String name) {
        List<Row> sent = rows.stream().filter(row -> !row.blank()).toList();
        if (index >= sent.size()) {
            return null;
        }
        Row row = sent.get(index);
        return switch (name) {
            case "description" -> row.description;
            case "ownerId" -> row.owner;
            case "dueOn" -> row.dueOn;
            default -> null;
        };
    }

    /** Drops the rows of actions already saved, so saving again does not send them twice. */
    void removeSent(int count) {
        List<Row> sent = rows.stream().filter(row -> !row.blank()).limit(count).toList();
        sent.forEach(row -> {
            rows.remove(row);
            list.remove(row);
        });
    }
}
