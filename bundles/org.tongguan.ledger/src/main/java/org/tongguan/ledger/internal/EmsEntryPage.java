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

/** 加工贸易账册 › 数据录入 › 加工贸易账册 (备案, 变更). */
@Component(service = ViewContribution.class)
public class EmsEntryPage extends DocumentPageContribution {
    @Activate
    public EmsEntryPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + EmsType.ID + ")") DocumentType type) {
        super(pages, type, "ledger/ems", "ems.title", MenuGroup.LEDGER, 20, true, View.class, View::new);
    }

    /** The page. */
    public static class View extends DocumentEntryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type);
        }
    }
}
