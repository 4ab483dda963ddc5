package org.tongguan.invt.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentQueryPage;
import org.tongguan.shell.document.DocumentPageContribution;
import org.tongguan.shell.document.DocumentPages;

/** 加工贸易账册 › 数据查询 › 保税核注清单查询: the lists of 加工贸易账册 (E…). */
@Component(service = ViewContribution.class)
public class InvtQueryPage extends DocumentPageContribution {
    @Activate
    public InvtQueryPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + InvtType.ID + ")") DocumentType type) {
        super(pages, type, "ledger/invt-query", "invt.query.title", MenuGroup.LEDGER, 94, false, View.class, View::new);
    }

    /** The page. */
    public static class View extends DocumentQueryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type, "invt.query.title", Map.of("putrecNo", "E*"));
        }
    }
}
