package org.tongguan.signing.sm2.internal;

import java.util.List;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.ValidationException;

/**
 * A broken card rule on one field of the issue ({@code cardNo}, {@code type}, {@code enterpriseCode},
 * {@code holderName}, {@code pin}): a {@link ValidationException}, so a form marks the field, whose {@link #key()}
 * and {@link #getMessage()} are the rule's own, as the console prints them.
 */
final class CardFieldViolation extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final String ruleKey;

    CardFieldViolation(String field, String key, Object... args) {
        super(List.of(new FieldError(field, coreMessages(), key, args)));
        this.ruleKey = key;
    }

    @Override
    public String key() {
        return ruleKey;
    }

    @Override
    public String getMessage() {
        return getMessage(Messages.DEFAULT_LOCALE);
    }
}
