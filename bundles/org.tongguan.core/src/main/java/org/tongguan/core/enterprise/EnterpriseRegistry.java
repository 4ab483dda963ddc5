package org.tongguan.core.enterprise;

import java.util.List;
import java.util.Optional;
import org.tongguan.core.security.UserContext;

/** The enterprise registry. Codes entered in any document are resolved here (10-digit code → credit code, name). */
public interface EnterpriseRegistry {

    /** Enterprises the user may see whose code, credit code or name contains {@code filter} (blank: all). */
    List<Enterprise> list(UserContext who, String filter);

    /** Resolves a 10-character customs code to its registered enterprise (any signed-in user may look up). */
    Optional<Enterprise> lookup(String customsCode);

    /**
     * Adds (id null; only for users acting for every enterprise) or changes an enterprise the user acts for;
     * validates every field and detects concurrent edits.
     */
    Enterprise save(UserContext who, Enterprise enterprise);
}
