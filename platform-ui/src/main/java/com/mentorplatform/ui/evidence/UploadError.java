package com.mentorplatform.ui.evidence;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * Where a form shows what is wrong with the chosen file, as "The file " and the API's message for its
 * {@code file} field ("looks like a Windows program, not a PDF document"), so {@code FormProblems} can place it.
 */
class UploadError extends Span implements HasValidation {

    private String errorMessage = "";
    private boolean invalid;

    UploadError() {
        setId("evidence-file-error");
        getElement().setAttribute("role", "alert");
        addClassName("field-error");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        update();
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        update();
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    /** Shows a message of the console's own, worded like the API's: "is larger than 10 MB". */
    void show(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    private void update() {
        setText(invalid ? "The file " + errorMessage : "");
        setVisible(invalid);
    }
}
