package org.tongguan.invt.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentEntryPage;
import org.tongguan.shell.document.DocumentPageContribution;
import org.tongguan.shell.document.DocumentPages;

/** 保税物流管理 › 数据录入 › 保税核注清单(出口) (manual 001): the same documents. */
@Component(service = ViewContribution.class)
public class LogisticsInvtExportPage extends DocumentPageContribution {
    @Activate
    public LogisticsInvtExportPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + InvtType.ID + ")") DocumentType type) {
        super(pages, type, "logistics/invt-export", "invt.export.title", MenuGroup.LOGISTICS, 11, true, View.class,
                View::new);
    }

    /** The page. */
    public static class View extends DocumentEntryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type, "invt.export.title", Map.of("impexpMarkcd", "E"));
        }
    }
}
