package org.tongguan.ledger;

import java.util.Optional;

/** 料件成品标记 (mtpckEndprdMarkcd): I 料件 (materials), E 成品 (finished products). */
public enum Mark {
    /** 料件. */
    I,
    /** 成品. */
    E;

    /** The code of a message or a form: I or E. */
    public String code() {
        return name();
    }

    public static Optional<Mark> of(String code) {
        return "I".equals(code) ? Optional.of(I) : "E".equals(code) ? Optional.of(E) : Optional.empty();
    }

    /** Key of the mark's name (料件, 成品) in the ledger area's texts. */
    public String messageKey() {
        return "mark." + name();
    }
}
