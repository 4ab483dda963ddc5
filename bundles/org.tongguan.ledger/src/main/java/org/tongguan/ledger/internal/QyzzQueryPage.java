package org.tongguan.ledger.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentQueryPage;
import org.tongguan.shell.document.DocumentPageContribution;
import org.tongguan.shell.document.DocumentPages;

/** 加工贸易账册 › 数据查询 › 加工贸易账册查询 (企业资质申请数据). */
@Component(service = ViewContribution.class)
public class QyzzQueryPage extends DocumentPageContribution {
    @Activate
    public QyzzQueryPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + QyzzType.ID + ")") DocumentType type) {
        super(pages, type, "ledger/qyzz-query", "qyzz.query.title", MenuGroup.LEDGER, 90, false, View.class, View::new);
    }

    /** The page. */
    public static class View extends DocumentQueryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type);
        }
    }
}
