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

/** 保税物流管理 › 数据录入 › 保税核注清单(进口) (manual 001): the same documents. */
@Component(service = ViewContribution.class)
public class LogisticsInvtImportPage extends DocumentPageContribution {
    @Activate
    public LogisticsInvtImportPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + InvtType.ID + ")") DocumentType type) {
        super(pages, type, "logistics/invt-import", "invt.import.title", MenuGroup.LOGISTICS, 10, true, View.class,
                View::new);
    }

    /** The page. */
    public static class View extends DocumentEntryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type, "invt.import.title", Map.of("impexpMarkcd", "I"));
        }
    }
}
