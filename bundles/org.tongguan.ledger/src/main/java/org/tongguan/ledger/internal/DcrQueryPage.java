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

/** 加工贸易账册 › 数据查询 › 账册报核查询. */
@Component(service = ViewContribution.class)
public class DcrQueryPage extends DocumentPageContribution {
    @Activate
    public DcrQueryPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + DcrType.ID + ")") DocumentType type) {
        super(pages, type, "ledger/dcr-query", "dcr.query.title", MenuGroup.LEDGER, 93, false, View.class, View::new);
    }

    /** The page. */
    public static class View extends DocumentQueryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type);
        }
    }
}
