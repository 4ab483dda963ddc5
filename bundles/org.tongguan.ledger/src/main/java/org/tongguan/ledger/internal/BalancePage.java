package org.tongguan.ledger.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.internal.book.LedgerBookImpl;
import java.util.Map;
import java.util.Set;
import org.tongguan.core.security.GrantSource;
import org.tongguan.core.security.Role;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

/** 加工贸易账册 › 数据查询 › 账册余量. */
@org.osgi.service.component.annotations.Component(service = {ViewContribution.class, GrantSource.class})
public class BalancePage extends PageContribution implements GrantSource {
    private final LedgerBook book;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;
    private final CodeTables codes;

    @Activate
    public BalancePage(@Reference LedgerBook book, @Reference EnterpriseRegistry enterprises,
            @Reference AccessPolicy policy, @Reference CodeTables codes) {
        super("ledger/balance", "balance.title", LedgerMenu.QUERY, 30, LedgerBookImpl.BALANCE_VIEW, QyzzType.MESSAGES);
        this.book = book;
        this.enterprises = enterprises;
        this.policy = policy;
        this.codes = codes;
    }

    /** 关务人员 see the balances and set 预警值, 业务人员 see them. */
    @Override
    public Map<String, Set<String>> defaultGrants() {
        return Map.of(Role.CLERK, Set.of(LedgerBookImpl.BALANCE_VIEW, LedgerBookImpl.BALANCE_EDIT),
                Role.BUSINESS, Set.of(LedgerBookImpl.BALANCE_VIEW));
    }

    @Override
    public Component createView() {
        return new BalanceView(book, enterprises, policy, codes);
    }
}
