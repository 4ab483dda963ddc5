package org.tongguan.delegation.internal;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.delegation.DelegationService;
import org.tongguan.shell.PageContribution;

/** The pages of 委托授权 under its menu node: each built with the area's service and the card registry. */
abstract class DelegationPages extends PageContribution {
    private final Function<DelegationPages, Component> view;
    final DelegationService service;
    final EnterpriseRegistry registry;
    final CardChoice.Source cards;

    DelegationPages(String route, String titleKey, int order, String permission, DelegationService service,
            EnterpriseRegistry registry, AccessPolicy policy, Signer signer, Function<DelegationPages, Component> view) {
        super(route, titleKey, DelegationMenu.GROUP, order, permission, DelegationTexts.MESSAGES);
        this.view = view;
        this.service = service;
        this.registry = registry;
        this.cards = new CardChoice.Source(policy, signer);
    }

    @Override
    public Component createView() {
        return view.apply(this);
    }

    /** 关务人员 enter and read grants (the card decides what they may do); 业务人员 read them. */
    static Map<String, Set<String>> grants() {
        return Map.of(org.tongguan.core.security.Role.CLERK, Set.of(DelegationService.EDIT, DelegationService.VIEW),
                org.tongguan.core.security.Role.BUSINESS, Set.of(DelegationService.VIEW));
    }
}
