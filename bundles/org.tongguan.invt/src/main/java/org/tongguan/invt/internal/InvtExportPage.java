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

/** 加工贸易账册 › 数据录入 › 保税核注清单(出口): new lists are 出口. */
@Component(service = ViewContribution.class)
public class InvtExportPage extends DocumentPageContribution {
    @Activate
    public InvtExportPage(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + InvtType.ID + ")") DocumentType type) {
        super(pages, type, "ledger/invt-export", "invt.export.title", MenuGroup.LEDGER, 51, true, View.class,
                View::new);
    }

    /** The page. */
    public static class View extends DocumentEntryPage {
        View(DocumentPages pages, DocumentType type) {
            super(pages, type, "invt.export.title", Map.of("impexpMarkcd", "E"));
        }
    }
}
