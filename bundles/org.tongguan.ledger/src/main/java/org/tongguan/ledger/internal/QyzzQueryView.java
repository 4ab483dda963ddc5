package org.tongguan.ledger.internal;

import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.document.DocumentPages;
import org.tongguan.shell.document.DocumentQueryPage;

/** 加工贸易账册 › 数据查询 › 加工贸易账册查询 (企业资质申请数据). */
public class QyzzQueryView extends DocumentQueryPage {
    QyzzQueryView(DocumentPages pages, DocumentType type) {
        super(pages, type);
    }
}
