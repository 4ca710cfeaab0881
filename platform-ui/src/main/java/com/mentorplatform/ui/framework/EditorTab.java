package com.mentorplatform.ui.framework;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;

/**
 * One editor of the framework: the grid of items with an "add" button, and the side form that opens on a
 * selected or new item. It does the API calls the form asks for and hands refusals back to the form.
 */
final class EditorTab<T, D> extends HorizontalLayout {

    final Button add;
    final Grid<T> grid;
    final EditorForm<T, D> form;
    private final EditorStore<T, D> store;
    private final Function<T, String> nameOf;

    EditorTab(String addLabel, Grid<T> grid, EditorForm<T, D> form, EditorStore<T, D> store,
              Function<T, String> nameOf) {
        this.add = new Button(addLabel, VaadinIcon.PLUS.create());
        this.grid = grid;
        this.form = form;
        this.store = store;
        this.nameOf = nameOf;
        setSizeFull();
        setSpacing(false);
        configureGrid();
        configureForm();
        VerticalLayout list = new VerticalLayout(add, grid);
        list.setPadding(false);
        list.setSizeFull();
        add(list, form);
        setFlexGrow(1, list);
        setFlexShrink(0, form);
        closeEditor();
    }

    private void configureGrid() {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            grid.asSingleSelect().clear();
            openEditor(null);
        });
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.asSingleSelect().addValueChangeListener(selection -> {
            if (selection.getValue() == null) {
                closeEditor();
            } else {
                openEditor(selection.getValue());
            }
        });
    }

    private void configureForm() {
        form.setWidth("30rem");
        form.addClassName("side-panel");
        form.setHeightFull();
        form.onSave(this::save);
        form.onDelete(this::delete);
        form.onClose(() -> grid.asSingleSelect().clear());
    }

    /** Reloads the items from the API (closing the form, whose item may have changed). */
    void refresh() {
        grid.setItems(store.list().get());
        closeEditor();
    }

    private void openEditor(T item) {
        form.edit(item);
        form.setVisible(true);
    }

    private void closeEditor() {
        form.setVisible(false);
    }

    private void save(T original, D draft) {
        try {
            T saved = store.save().apply(original, draft);
            refresh();
            Toast.done(nameOf.apply(saved) + " saved");
        } catch (ApiProblem problem) {
            form.showProblem(problem);
        }
    }

    private void delete(T item) {
        try {
            store.delete().accept(item);
            refresh();
            Toast.done(nameOf.apply(item) + " deleted");
        } catch (ApiProblem problem) {
            form.showProblem(problem);
        }
    }
}
