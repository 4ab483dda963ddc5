package org.tongguan.admin.internal;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.RoleService;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

/**
 * 系统管理 › 角色管理. Watches every other contributed page (whiteboard) to learn the permissions areas require, so a
 * newly installed area's pages can be granted at once and an uninstalled one's disappear from the choice; the
 * permissions' names are the platform's ({@link AccessPolicy#permissionNames}), as refusals and the audit show them.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class RolesContribution extends PageContribution {
    /** Not itself: it would be its own dependency, and its permission is a platform one anyway. */
    static final String NOT_SELF = "(!(component.name=org.tongguan.admin.internal.RolesContribution))";
    private final RoleService roles;
    private final AccessPolicy policy;
    private final Set<ViewContribution> contributions = ConcurrentHashMap.newKeySet();

    @Activate
    public RolesContribution(@Reference RoleService roles, @Reference AccessPolicy policy) {
        super("roles", "admin.roles.title", AdminMenu.GROUP, 20, Permissions.ADMIN_ROLES, AdminMessages.MESSAGES);
        this.roles = roles;
        this.policy = policy;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = NOT_SELF, unbind = "removeContribution")
    void addContribution(ViewContribution contribution) {
        if (contribution != this) {
            contributions.add(contribution);
        }
    }

    void removeContribution(ViewContribution contribution) {
        contributions.remove(contribution);
    }

    /** The permissions a role may be given now, labelled in {@code locale}; see {@link PermissionCatalogue}. */
    List<PermissionCatalogue.Entry> catalogue(Collection<String> held, Locale locale) {
        return PermissionCatalogue.build(policy.permissionNames(locale), Collections.unmodifiableSet(contributions),
                held, AdminMessages.MESSAGES, locale);
    }

    @Override
    public Component createView() {
        return new RolesView(roles, this::catalogue);
    }
}
