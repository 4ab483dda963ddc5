package org.tongguan.opl.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/**
 * 出境加工账册 (manual 003) with its 数据录入 and 数据查询: the area's own menu group, shown while its pages are there.
 */
@Component(service = MenuContribution.class)
public class OplMenu extends MenuNodes {
    static final String GROUP = "opl";
    static final String ENTRY = "opl.entry";
    static final String QUERY = "opl.query";

    public OplMenu() {
        super(OplType.MESSAGES, MenuNode.top(GROUP, "menu.opl", 30), MenuNode.under(GROUP, ENTRY, "menu.entry", 10),
                MenuNode.under(GROUP, QUERY, "menu.query", 90));
    }
}
