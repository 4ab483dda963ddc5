package org.tongguan.admin.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.ViewContribution;

/** 系统管理 › 审计日志. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class AuditContribution implements ViewContribution {
    private final AuditLog audit;

    @Activate
    public AuditContribution(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String route() {
        return "audit";
    }

    @Override
    public String titleKey() {
        return "admin.audit.title";
    }

    @Override
    public MenuGroup group() {
        return MenuGroup.SYSTEM;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String permission() {
        return Permissions.ADMIN_AUDIT;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return AuditView.class;
    }

    @Override
    public Component createView() {
        return new AuditView(audit);
    }

    @Override
    public Messages messages() {
        return AdminMessages.MESSAGES;
    }
}
