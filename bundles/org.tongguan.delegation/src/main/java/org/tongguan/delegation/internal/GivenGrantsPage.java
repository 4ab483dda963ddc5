package org.tongguan.delegation.internal;

import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.GrantSource;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.delegation.DelegationService;
import org.tongguan.shell.ViewContribution;

/** 委托授权 › 企业间授权录入. */
@Component(service = {ViewContribution.class, GrantSource.class})
public class GivenGrantsPage extends DelegationPages implements GrantSource {
    @Activate
    public GivenGrantsPage(@Reference DelegationService service, @Reference EnterpriseRegistry registry,
            @Reference AccessPolicy policy, @Reference Signer signer, @Reference TimeDisplay time) {
        super("delegation/given", "delegation.given.title", 10, DelegationService.EDIT, service, registry, policy,
                signer, p -> new GivenGrantsView(p.service, p.registry, p.cards, time.zone()));
    }

    @Override
    public Map<String, Set<String>> defaultGrants() {
        return grants();
    }
}
