package org.tongguan.core;

/** Someone else saved the record after it was read; the edit is refused so nothing is overwritten. */
public class ConcurrentEditException extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super("concurrent.edit", what);
    }

    /** A document, named by its type's title in the reader's language and its number (企业内部编号). */
    public ConcurrentEditException(Messages.Text title, String number) {
        super("concurrent.edit.document", title, number);
    }
}
