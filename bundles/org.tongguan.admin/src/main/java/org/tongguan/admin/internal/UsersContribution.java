package org.tongguan.admin.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.RoleService;
import org.tongguan.core.security.UserService;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.ViewContribution;

/** 系统管理 › 用户管理. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class UsersContribution implements ViewContribution {
    private final UserService users;
    private final RoleService roles;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;

    @Activate
    public UsersContribution(@Reference UserService users, @Reference RoleService roles,
            @Reference EnterpriseRegistry enterprises, @Reference AccessPolicy policy) {
        this.users = users;
        this.roles = roles;
        this.enterprises = enterprises;
        this.policy = policy;
    }

    @Override
    public String route() {
        return "users";
    }

    @Override
    public String titleKey() {
        return "admin.users.title";
    }

    @Override
    public MenuGroup group() {
        return MenuGroup.SYSTEM;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String permission() {
        return Permissions.ADMIN_USERS;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return UsersView.class;
    }

    @Override
    public Component createView() {
        return new UsersView(users, roles, enterprises, policy);
    }

    @Override
    public Messages messages() {
        return AdminMessages.MESSAGES;
    }
}
