package org.tongguan.ledger.book;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import org.tongguan.ledger.Ledger;

/**
 * An approved ledger, as customs approved its document last. A book's entity adds its id (with its table's sequence)
 * and names its table; a table whose columns are named otherwise says so with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class BookLedger {
    /** 账册编号. */
    @Column(name = "EMS_NO", length = 12, nullable = false, unique = true)
    public String number;
    @Column(name = "ENTERPRISE_CODE", length = 10, nullable = false)
    public String enterpriseCode;
    @Column(name = "ENTERPRISE_NAME", length = 512)
    public String enterpriseName;
    @Column(name = "MASTER_CUSCD", length = 4)
    public String masterCuscd;
    @Column(name = "CHANGE_COUNT", nullable = false)
    public int changeCount;
    /** The day of its first approval (where its first 报核 starts). */
    @Column(name = "FIRST_APPROVED_ON", nullable = false)
    public LocalDate firstApprovedOn;
    @Column(name = "APPROVED_ON", nullable = false)
    public LocalDate approvedOn;
    @Column(name = "DOCUMENT_ID", nullable = false)
    public long documentId;

    /** The row's id (the book's entity holds it, with its table's sequence). */
    public abstract Long id();

    public Ledger ledger() {
        return new Ledger(number, enterpriseCode, enterpriseName, masterCuscd, changeCount, approvedOn, documentId);
    }
}
