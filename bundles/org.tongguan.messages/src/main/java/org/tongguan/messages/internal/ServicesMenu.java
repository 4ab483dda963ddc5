package org.tongguan.messages.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/** 系统服务 (manual 002 §三: 消息中心, 个人中心, 管理员中心), after 系统管理. */
@Component(service = MenuContribution.class)
public class ServicesMenu extends MenuNodes {
    static final String GROUP = "services";

    public ServicesMenu() {
        super(MessageTexts.MESSAGES, MenuNode.top(GROUP, "menu.services", 90));
    }
}
