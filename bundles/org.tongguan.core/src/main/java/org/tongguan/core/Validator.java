package org.tongguan.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors of one bean and throws them together. */
public final class Validator {
    private final Messages messages;
    private final List<FieldError> errors = new ArrayList<>();

    public Validator(Messages messages) {
        this.messages = messages;
    }

    /** Field rules whose texts are the core's ({@code field.*} keys with the field's label as first argument). */
    public static Validator core() {
        return new Validator(RuleViolation.coreMessages());
    }

    public Validator error(String field, String key, Object... args) {
        errors.add(new FieldError(field, messages, key, args));
        return this;
    }

    /** An error whose text is in another bundle's texts (an area's own rule). */
    public Validator error(String field, Messages texts, String key, Object... args) {
        errors.add(new FieldError(field, texts, key, args));
        return this;
    }

    /** Required, at most {@code max} characters; returns true when a value is present. */
    public boolean text(String field, Object label, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, "field.required", label);
            }
            return false;
        }
        if (value.length() > max) {
            error(field, "field.tooLong", label, max);
            return false;
        }
        return true;
    }

    public void pattern(String field, Object label, String value, Pattern pattern, String ruleKey) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            error(field, ruleKey, label);
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
