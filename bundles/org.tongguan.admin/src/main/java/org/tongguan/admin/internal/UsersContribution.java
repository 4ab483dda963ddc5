package org.tongguan.admin.internal;

import java.util.List;
import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.RoleService;
import org.tongguan.core.security.UserService;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

/** 系统管理 › 用户管理. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class UsersContribution extends PageContribution {
    private final UserService users;
    private final RoleService roles;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;
    private final TimeDisplay time;
    /** The card media to bind users to, when a signer is installed. */
    private final Signer signer;

    @Activate
    public UsersContribution(@Reference UserService users, @Reference RoleService roles,
            @Reference EnterpriseRegistry enterprises, @Reference AccessPolicy policy, @Reference TimeDisplay time,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Signer signer) {
        super("users", "admin.users.title", AdminMenu.GROUP, 10, Permissions.ADMIN_USERS, AdminMessages.MESSAGES);
        this.users = users;
        this.roles = roles;
        this.enterprises = enterprises;
        this.policy = policy;
        this.time = time;
        this.signer = signer;
    }

    @Override
    public Component createView() {
        return new UsersView(users, roles, enterprises, policy, time,
                signer == null ? List::of : signer::cards);
    }
}
