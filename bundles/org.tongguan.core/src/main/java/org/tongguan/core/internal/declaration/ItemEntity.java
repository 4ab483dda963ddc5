package org.tongguan.core.internal.declaration;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One 表体 row of a document; its values as text. The document's version guards it. */
@Entity
@Table(name = "TG_DOCUMENT_ITEM")
public class ItemEntity {
    @Id
    @SequenceGenerator(name = "TG_DOCUMENT_ITEM_SEQ", sequenceName = "TG_DOCUMENT_ITEM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_DOCUMENT_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "DOCUMENT_ID", nullable = false)
    long documentId;
    @Column(name = "TAB_KEY", length = 30, nullable = false)
    String tabKey;
    @Column(name = "ROW_NO", nullable = false)
    int rowNo;
    @Column(name = "ITEM_VALUES", length = 16000)
    String values;

    /** A new row of a document's tab, its values encoded; not yet persisted. */
    static ItemEntity of(long documentId, String tabKey, int rowNo, java.util.Map<String, String> values) {
        ItemEntity row = new ItemEntity();
        row.documentId = documentId;
        row.tabKey = tabKey;
        row.rowNo = rowNo;
        row.values = FieldValues.encode(values);
        return row;
    }
}
