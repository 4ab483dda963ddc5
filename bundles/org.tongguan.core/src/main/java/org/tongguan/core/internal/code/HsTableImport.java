package org.tongguan.core.internal.code;

import java.nio.file.Path;
import java.util.List;
import org.tongguan.core.security.UserContext;

/** Replaces the HS table in use ({@code tongguan:hs-import}). */
public interface HsTableImport {

    /** What an import did: the new edition and size, and the codes added, removed and changed. */
    record Report(String edition, int size, List<String> added, List<String> removed, List<String> changed) {
    }

    /**
     * Checks the file (codes, names, units against the unit table, 申报要素, one edition) and, when it passes, replaces
     * the table in one transaction, audited; documents keep the codes they were declared with.
     *
     * @throws org.tongguan.core.ValidationException naming each bad row, nothing changed
     * @throws org.tongguan.core.RuleViolation for a file that cannot be read, or a caller other than the system
     */
    Report importHs(UserContext who, Path file);
}
