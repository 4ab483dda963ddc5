package org.tongguan.ledger.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentPages;

/** The 加工贸易账册查询 page (企业资质申请 data). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class QyzzQueryContribution extends PageContribution {
    private final DocumentPages pages;
    private final DocumentType type;

    @Activate
    public QyzzQueryContribution(@Reference DocumentPages pages,
            @Reference(target = "(document.type=" + QyzzType.ID + ")") DocumentType type) {
        super("ledger/qyzz-query", "qyzz.query.title", MenuGroup.LEDGER, 90, QyzzType.PERMISSION + ".view",
                QyzzQueryView.class, QyzzType.MESSAGES);
        this.pages = pages;
        this.type = type;
    }

    @Override
    public Component createView() {
        return new QyzzQueryView(pages, type);
    }
}
