package org.tongguan.enterprise.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

/** 企业管理 › 企业信息. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class EnterpriseContribution extends PageContribution {
    static final Messages MESSAGES = new Messages("org.tongguan.enterprise.messages",
            EnterpriseContribution.class.getClassLoader());
    private final EnterpriseRegistry registry;
    private final AccessPolicy policy;
    private final TimeDisplay time;

    @Activate
    public EnterpriseContribution(@Reference EnterpriseRegistry registry, @Reference AccessPolicy policy,
            @Reference TimeDisplay time) {
        super("enterprises", "enterprise.title", EnterpriseMenu.GROUP, 100, Permissions.ENTERPRISE_VIEW, MESSAGES);
        this.registry = registry;
        this.policy = policy;
        this.time = time;
    }

    @Override
    public Component createView() {
        return new EnterpriseView(registry, policy, time);
    }
}
