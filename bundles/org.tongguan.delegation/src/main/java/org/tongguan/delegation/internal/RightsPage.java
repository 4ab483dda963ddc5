package org.tongguan.delegation.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.delegation.DelegationService;
import org.tongguan.shell.ViewContribution;

/** 委托授权 › 查看操作员权限. */
@Component(service = ViewContribution.class)
public class RightsPage extends DelegationPages {
    @Activate
    public RightsPage(@Reference DelegationService service, @Reference EnterpriseRegistry registry,
            @Reference AccessPolicy policy, @Reference Signer signer) {
        super("delegation/rights", "delegation.rights.title", 30, DelegationService.VIEW, service, registry, policy,
                signer, p -> new RightsView(p.service, p.cards));
    }
}
