package org.tongguan.ledger.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentEntryPage;
import org.tongguan.shell.document.DocumentPageContribution;
import org.tongguan.shell.document.DocumentPages;

/** 加工贸易账册 › 数据录入 › 企业资质申请. */
@Component(service = ViewContribution.class)
public class QyzzEntryPage extends DocumentPageContribution {
    @Activate
    public QyzzEntryPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + QyzzType.ID + ")") DocumentType type) {
        super(pages, type, "ledger/qyzz", "qyzz.title", MenuGroup.LEDGER, 10, true, View.class, View::new);
    }

    /** The page. */
    public static class View extends DocumentEntryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type);
        }
    }
}
