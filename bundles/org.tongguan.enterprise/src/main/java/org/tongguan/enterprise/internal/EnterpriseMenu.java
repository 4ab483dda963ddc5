package org.tongguan.enterprise.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/** 企业管理. */
@Component(service = MenuContribution.class)
public class EnterpriseMenu extends MenuNodes {
    static final String GROUP = "enterprise";

    public EnterpriseMenu() {
        super(EnterpriseContribution.MESSAGES, MenuNode.top(GROUP, "menu.enterprise", 70));
    }
}
