package com.mentorplatform.ui.matching;

import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One weight: its name, a one-line explanation, a slider for quick tuning and a number field for the exact value;
 * the two follow each other. The number field carries the API's field error.
 */
class WeightRow extends VerticalLayout {

    final RangeSlider slider = new RangeSlider(0, 1, 0.05);
    final NumberField exact = new NumberField();

    WeightRow(String key, String label, String explanation) {
        setPadding(false);
        setSpacing(false);
        setId("weight-" + key);
        Span name = new Span(label);
        name.addClassName("label");
        Span help = Hint.of(explanation);
        slider.getElement().setAttribute("aria-label", label);
        exact.setAriaLabel(label + " weight");
        exact.setStep(0.05);
        exact.setWidth("6.5rem");
        exact.addThemeName("small");
        slider.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                exact.setValue(round(change.getValue()));
            }
        });
        exact.addValueChangeListener(change -> slider.setValue(change.getValue() == null ? 0.0 : change.getValue()));
        HorizontalLayout input = new HorizontalLayout(slider, exact);
        input.setWidthFull();
        input.setAlignItems(FlexComponent.Alignment.CENTER);
        add(name, help, input);
    }

    void show(BigDecimal weight) {
        exact.setValue(weight == null ? 0.0 : weight.doubleValue());
    }

    /** The weight as typed, which may be out of range: the API says so. */
    BigDecimal value() {
        return exact.getValue() == null ? null : BigDecimal.valueOf(exact.getValue()).setScale(4, RoundingMode.HALF_UP);
    }

    private static double round(Double value) {
        return Math.round(value * 100) / 100.0;
    }
}
