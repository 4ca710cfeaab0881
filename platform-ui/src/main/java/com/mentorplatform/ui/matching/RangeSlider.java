package com.mentorplatform.ui.matching;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;

/**
 * A plain {@code <input type=range>} as a field: vaadin-core has no slider, and the browser's own needs no
 * extra JavaScript. The value syncs while it is dragged.
 */
@Tag("input")
class RangeSlider extends AbstractSinglePropertyField<RangeSlider, Double> {

    RangeSlider(double min, double max, double step) {
        super("value", min, String.class, RangeSlider::parse, value -> String.valueOf(value));
        getElement().setAttribute("type", "range");
        getElement().setAttribute("min", String.valueOf(min));
        getElement().setAttribute("max", String.valueOf(max));
        getElement().setAttribute("step", String.valueOf(step));
        setSynchronizedEvent("input");
        addClassName("range-slider");
    }

    private static Double parse(String value) {
        return value == null || value.isBlank() ? 0.0 : Double.valueOf(value);
    }
}
