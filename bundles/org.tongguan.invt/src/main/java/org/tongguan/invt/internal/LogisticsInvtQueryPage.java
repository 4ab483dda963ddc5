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

/** 保税物流管理 › 数据查询 › 保税核注清单查询 (manual 001): the lists of 物流账册 (T…). */
@Component(service = ViewContribution.class)
public class LogisticsInvtQueryPage extends DocumentPageContribution {
    @Activate
    public LogisticsInvtQueryPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + InvtType.ID + ")") DocumentType type) {
        super(pages, type, "logistics/invt-query", "invt.query.title", MenuGroup.LOGISTICS, 90, false, View.class,
                View::new);
    }

    /** The page. */
    public static class View extends DocumentQueryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type, "invt.query.title", Map.of("putrecNo", "T*"));
        }
    }
}
