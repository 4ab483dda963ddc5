package org.tongguan.delegation.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.security.PermissionNames;
import org.tongguan.delegation.DelegationService;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.MenuNodes;

/** 委托授权 (manual 004 图4.1.5), after 保税物流管理; and the names of its two permissions. */
@Component(service = {MenuContribution.class, PermissionNames.class})
public class DelegationMenu extends MenuNodes implements PermissionNames {
    static final String GROUP = "delegation";

    public DelegationMenu() {
        super(DelegationTexts.MESSAGES, MenuNode.top(GROUP, "menu.delegation", 50));
    }

    @Override
    public Map<String, String> keys() {
        return Map.of(DelegationService.EDIT, "permission.delegation.edit", DelegationService.VIEW,
                "permission.delegation.view");
    }
}
