package org.tongguan.ledger.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/** 加工贸易账册 with its 数据录入 and 数据查询 (manual 000). */
@Component(service = MenuContribution.class)
public class LedgerMenu extends MenuNodes {
    static final String GROUP = "ledger";
    static final String ENTRY = "ledger.entry";
    static final String QUERY = "ledger.query";

    public LedgerMenu() {
        super(QyzzType.MESSAGES, MenuNode.top(GROUP, "menu.ledger", 10),
                MenuNode.under(GROUP, ENTRY, "menu.entry", 10), MenuNode.under(GROUP, QUERY, "menu.query", 90));
    }
}
