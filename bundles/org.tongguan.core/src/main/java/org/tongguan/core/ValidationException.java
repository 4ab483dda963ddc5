package org.tongguan.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input broke one or more field rules; nothing was written. */
public class ValidationException extends RuleViolation {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation.failed", errors.stream().map(e -> e.message(Messages.DEFAULT_LOCALE))
                .collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage(Locale locale) {
        return errors.stream().map(e -> e.message(locale)).collect(Collectors.joining("; "));
    }
}
