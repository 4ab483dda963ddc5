package org.tongguan.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input broke one or more field rules; nothing was written. */
public class ValidationException extends RuleViolation {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation.failed", joined(errors, Messages.DEFAULT_LOCALE));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage(Locale locale) {
        return joined(errors, locale);
    }

    /** The errors' texts in {@code locale}, with its separator ({@code list.separator}: "；" or "; "). */
    private static String joined(List<FieldError> errors, Locale locale) {
        return errors.stream().map(e -> e.message(locale))
                .collect(Collectors.joining(Messages.CORE.get("list.separator", locale)));
    }
}
