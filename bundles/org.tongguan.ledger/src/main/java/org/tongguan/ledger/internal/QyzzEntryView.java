package org.tongguan.ledger.internal;

import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.document.DocumentEntryPage;
import org.tongguan.shell.document.DocumentPages;

/** 加工贸易账册 › 数据录入 › 企业资质申请. */
public class QyzzEntryView extends DocumentEntryPage {
    QyzzEntryView(DocumentPages pages, DocumentType type) {
        super(pages, type);
    }
}
