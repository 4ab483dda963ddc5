package org.tongguan.ledger.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.ledger.LedgerMenus;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/**
 * 加工贸易账册 (manual 000) and 保税物流管理 (manual 001), each with its 数据录入 and 数据查询: the groups of the ledgers'
 * areas, contributed here once ({@link LedgerMenus}); a group shows while one of its pages is there.
 */
@Component(service = MenuContribution.class)
public class LedgerMenu extends MenuNodes {
    static final String GROUP = "ledger";
    static final String ENTRY = LedgerMenus.LEDGER_ENTRY;
    static final String QUERY = LedgerMenus.LEDGER_QUERY;
    private static final String LOGISTICS = "logistics";

    public LedgerMenu() {
        super(QyzzType.MESSAGES, MenuNode.top(GROUP, "menu.ledger", 10),
                MenuNode.under(GROUP, ENTRY, "menu.entry", 10), MenuNode.under(GROUP, QUERY, "menu.query", 90),
                MenuNode.top(LOGISTICS, "menu.logistics", 40),
                MenuNode.under(LOGISTICS, LedgerMenus.LOGISTICS_ENTRY, "menu.entry", 10),
                MenuNode.under(LOGISTICS, LedgerMenus.LOGISTICS_QUERY, "menu.query", 90));
    }
}
