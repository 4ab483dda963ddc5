package org.tongguan.shell;

import com.vaadin.flow.component.textfield.TextField;

/**
 * A form's text field the same way everywhere: the label is the translated {@code <keyPrefix>.<property>}, the id
 * is {@code <idPrefix>-<property>} (what tests and keyboard users rely on), required fields show the red marker.
 */
public final class FormField {
    private FormField() {
    }

    public static TextField text(String label, String id, int maxLength, boolean required) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setMaxLength(maxLength);
        f.setRequiredIndicatorVisible(required);
        f.setWidthFull();
        return f;
    }
}
