package org.tongguan.core.internal.declaration;

import java.util.List;
import java.util.Locale;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.tongguan.core.persistence.Transactions;

/**
 * The 企业内部编号 of new documents: the type's id, the enterprise's 海关编码 and a number counted per type and
 * enterprise, e.g. {@code QYZZ6101940123000001}. The counter is a row of {@code TG_DOCUMENT_NUMBER} raised in the
 * document's own transaction: the row stays locked until it commits, so documents made side by side for one
 * enterprise get one number each, a document that is not made (rolled back) takes none, and nothing is reserved in
 * memory that a restart could lose (the document ids, from a sequence that allocates ahead, jump after a restart;
 * these numbers do not). Derby and PostgreSQL alike: plain UPDATE, SELECT and INSERT.
 */
final class DocumentNumbers {
    /** Digits of the count; more are used when a type's documents of one enterprise pass a million. */
    private static final int DIGITS = 6;
    private static final String WHERE = " WHERE TYPE_ID = ? AND ENTERPRISE_CODE = ?";
    private final JpaTemplate jpa;

    DocumentNumbers(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Before the document's transaction: the type's counter for the enterprise exists, added by a transaction of its
     * own for the first document (committed at once, so two first documents made side by side both find it; when
     * both add it, one insert fails on the primary key and the counter is there all the same).
     */
    void prepare(String typeId, String enterpriseCode) {
        if (Transactions.read(jpa, em -> current(em, typeId, enterpriseCode)) != null) {
            return;
        }
        try {
            Transactions.write(jpa, "", em -> em.createNativeQuery("INSERT INTO TG_DOCUMENT_NUMBER"
                    + " (TYPE_ID, ENTERPRISE_CODE, LAST_NO) VALUES (?, ?, 0)").setParameter(1, typeId)
                    .setParameter(2, enterpriseCode).executeUpdate());
        } catch (RuntimeException addedMeanwhile) {
            // another transaction added it first; else next() finds no counter and says so
        }
    }

    /** The next number, taken in the document's transaction (through {@code em}); {@link #prepare} came first. */
    String next(EntityManager em, String typeId, String enterpriseCode) {
        int raised = em.createNativeQuery("UPDATE TG_DOCUMENT_NUMBER SET LAST_NO = LAST_NO + 1" + WHERE)
                .setParameter(1, typeId).setParameter(2, enterpriseCode).executeUpdate();
        if (raised == 0) {
            throw new IllegalStateException("no number counter for " + typeId + " of " + enterpriseCode);
        }
        return typeId.toUpperCase(Locale.ROOT) + enterpriseCode
                + String.format("%0" + DIGITS + "d", current(em, typeId, enterpriseCode));
    }

    /** The last number taken, or null when the type has no counter for the enterprise. */
    private static Long current(EntityManager em, String typeId, String enterpriseCode) {
        List<?> found = em.createNativeQuery("SELECT LAST_NO FROM TG_DOCUMENT_NUMBER" + WHERE)
                .setParameter(1, typeId).setParameter(2, enterpriseCode).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }
}
