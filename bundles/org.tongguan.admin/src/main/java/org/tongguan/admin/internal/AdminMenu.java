package org.tongguan.admin.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/** 系统管理. */
@Component(service = MenuContribution.class)
public class AdminMenu extends MenuNodes {
    static final String GROUP = "system";

    public AdminMenu() {
        super(AdminMessages.MESSAGES, MenuNode.top(GROUP, "menu.system", 80));
    }
}
