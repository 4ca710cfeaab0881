package com.mentorplatform.ui.charts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One key figure: its value in large type, what it is, how it changed since the previous period (an arrow and
 * the change, or nothing when there is no earlier figure), and a hint that says how to read it.
 */
public class KpiCard extends Div {

    /** Which way a figure moved, and whether that is good news; drives the arrow and its colour. */
    public enum Trend {
        UP("▲", "kpi-up"),
        DOWN("▼", "kpi-down"),
        FLAT("▶", "kpi-flat");

        private final String arrow;
        private final String style;

        Trend(String arrow, String style) {
            this.arrow = arrow;
            this.style = style;
        }

        /** The trend from {@code previous} to {@code now}; flat when either is missing or they are equal. */
        public static Trend of(Number now, Number previous) {
            if (now == null || previous == null) {
                return FLAT;
            }
            int sign = Double.compare(now.doubleValue(), previous.doubleValue());
            return sign > 0 ? UP : sign < 0 ? DOWN : FLAT;
        }
    }

    private final Span value = new Span();
    private final Span label = new Span();
    private final Span change = new Span();
    private final Span hint = new Span();

    public KpiCard(String id, String labelText) {
        setId(id);
        addClassName("kpi-card");
        value.addClassName("kpi-value");
        label.addClassName("kpi-label");
        change.addClassName("kpi-change");
        hint.addClassName("kpi-hint");
        label.setText(labelText);
        add(value, label, change, hint);
    }

    /** Shows the figure; {@code changeText} null leaves the change line empty. */
    public void show(String valueText, Trend trend, String changeText, String hintText) {
        value.setText(valueText);
        change.removeClassNames("kpi-up", "kpi-down", "kpi-flat");
        if (changeText == null) {
            change.setText("");
        } else {
            change.addClassName(trend.style);
            change.setText(trend.arrow + " " + changeText);
        }
        hint.setText(hintText == null ? "" : hintText);
    }

    public String valueText() {
        return value.getText();
    }

    public String labelText() {
        return label.getText();
    }

    public String changeText() {
        return change.getText();
    }

    public String hintText() {
        return hint.getText();
    }
}
