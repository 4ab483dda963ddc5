package org.tongguan.delegation.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.delegation.DelegationService;
import org.tongguan.shell.ViewContribution;

/** 委托授权 › 企业内授权录入. */
@Component(service = ViewContribution.class)
public class ReceivedGrantsPage extends DelegationPages {
    @Activate
    public ReceivedGrantsPage(@Reference DelegationService service, @Reference EnterpriseRegistry registry,
            @Reference AccessPolicy policy, @Reference Signer signer) {
        super("delegation/received", "delegation.received.title", 20, DelegationService.EDIT, service, registry,
                policy, signer, p -> new ReceivedGrantsView(p.service, p.cards));
    }
}
