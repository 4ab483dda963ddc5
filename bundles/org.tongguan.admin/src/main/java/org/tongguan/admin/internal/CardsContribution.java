package org.tongguan.admin.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.customs.CardAuthority;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

/** 系统管理 › 卡介质. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class CardsContribution extends PageContribution {
    private final Signer signer;
    private final CardAuthority authority;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;
    private final TimeDisplay time;

    @Activate
    public CardsContribution(@Reference Signer signer, @Reference CardAuthority authority,
            @Reference EnterpriseRegistry enterprises, @Reference AccessPolicy policy, @Reference TimeDisplay time) {
        super("cards", "admin.cards.title", AdminMenu.GROUP, 40, Permissions.ADMIN_CARDS, AdminMessages.MESSAGES);
        this.signer = signer;
        this.authority = authority;
        this.enterprises = enterprises;
        this.policy = policy;
        this.time = time;
    }

    @Override
    public Component createView() {
        return new CardsView(signer, authority, enterprises, policy, time);
    }
}
