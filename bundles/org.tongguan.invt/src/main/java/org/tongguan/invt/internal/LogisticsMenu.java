package org.tongguan.invt.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/** 保税物流管理 with its 数据录入 and 数据查询 (manual 001); the 物流账册 area contributes the same nodes. */
@Component(service = MenuContribution.class)
public class LogisticsMenu extends MenuNodes {
    static final String GROUP = "logistics";
    static final String ENTRY = "logistics.entry";
    static final String QUERY = "logistics.query";

    public LogisticsMenu() {
        super(InvtType.MESSAGES, MenuNode.top(GROUP, "menu.logistics", 40),
                MenuNode.under(GROUP, ENTRY, "menu.entry", 10), MenuNode.under(GROUP, QUERY, "menu.query", 90));
    }
}
