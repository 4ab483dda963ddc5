package org.tongguan.admin.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

/** 系统管理 › 审计日志. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class AuditContribution extends PageContribution {
    private final AuditLog audit;
    private final AccessPolicy policy;
    private final TimeDisplay time;
    /** The document types installed now, to name a document's type by its title (none: by its id). */
    @org.osgi.service.component.annotations.Reference(cardinality =
            org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    volatile org.tongguan.core.declaration.DocumentService documents;

    @Activate
    public AuditContribution(@Reference AuditLog audit, @Reference AccessPolicy policy, @Reference TimeDisplay time) {
        super("audit", "admin.audit.title", AdminMenu.GROUP, 30, Permissions.ADMIN_AUDIT, AdminMessages.MESSAGES);
        this.audit = audit;
        this.policy = policy;
        this.time = time;
    }

    @Override
    public Component createView() {
        return new AuditView(audit, policy, time, (type, locale) -> {
            org.tongguan.core.declaration.DocumentService d = documents;
            return d == null ? type : d.type(type).map(t -> t.messages().get(t.titleKey(), locale)).orElse(type);
        });
    }
}
