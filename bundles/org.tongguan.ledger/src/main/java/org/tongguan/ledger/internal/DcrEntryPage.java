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

/** 加工贸易账册 › 数据录入 › 账册报核 (正常申报, 补充申报, 核销结果确认). */
@Component(service = ViewContribution.class)
public class DcrEntryPage extends DocumentPageContribution {
    @Activate
    public DcrEntryPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + DcrType.ID + ")") DocumentType type) {
        super(pages, type, "ledger/dcr", "dcr.title", MenuGroup.LEDGER, 30, true, View.class, View::new);
    }

    /** The page. */
    public static class View extends DocumentEntryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type);
        }
    }
}
