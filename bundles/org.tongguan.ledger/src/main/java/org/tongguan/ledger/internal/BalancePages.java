package org.tongguan.ledger.internal;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.ledger.BalancePage;
import org.tongguan.ledger.MovementBook;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

/**
 * The 余量 pages of the books there are: each book's {@link MovementBook#balancePage()} becomes a page of the shell
 * while the book is there, every one served by the one {@link BalanceView}.
 */
@org.osgi.service.component.annotations.Component
public class BalancePages {
    private final BundleContext context;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;
    private final CodeTables codes;
    private final Map<MovementBook, ServiceRegistration<ViewContribution>> pages = new ConcurrentHashMap<>();
    private volatile boolean active = true;

    @Activate
    public BalancePages(BundleContext context, @Reference EnterpriseRegistry enterprises,
            @Reference AccessPolicy policy, @Reference CodeTables codes) {
        this.context = context;
        this.enterprises = enterprises;
        this.policy = policy;
        this.codes = codes;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addBook(MovementBook book) {
        book.balancePage().filter(p -> active).ifPresent(p -> pages.put(book,
                context.registerService(ViewContribution.class, new Page(book, p), null)));
    }

    void removeBook(MovementBook book) {
        unregister(pages.remove(book));
    }

    @Deactivate
    void deactivate() {
        active = false;
        pages.keySet().forEach(this::removeBook);
    }

    private static void unregister(ServiceRegistration<ViewContribution> page) {
        if (page != null) {
            try {
                page.unregister();
            } catch (IllegalStateException gone) {
                // the bundle is stopping: the framework took the page down already
            }
        }
    }

    /** A book's 余量 page, as the shell serves it. */
    private final class Page extends PageContribution {
        private final MovementBook book;
        private final BalancePage page;

        Page(MovementBook book, BalancePage page) {
            super(page.route(), page.titleKey(), page.menu(), page.order(), page.permission(), page.messages());
            this.book = book;
            this.page = page;
        }

        @Override
        public Component createView() {
            return new BalanceView(book, page, enterprises, policy, codes);
        }
    }
}
