package org.tongguan.shell;

import java.util.List;
import org.tongguan.core.Messages;

/**
 * The usual {@link MenuContribution}: an area's DS component passes its nodes and texts to this constructor.
 *
 * <pre>{@code
 * @Component(service = MenuContribution.class)
 * public class LedgerMenu extends MenuNodes {
 *     public LedgerMenu() {
 *         super(MESSAGES, MenuNode.top("ledger", "menu.ledger", 10), MenuNode.under("ledger", "ledger.entry", "menu.entry", 10));
 *     }
 * }
 * }</pre>
 */
public abstract class MenuNodes implements MenuContribution {
    private final Messages messages;
    private final List<MenuNode> nodes;

    protected MenuNodes(Messages messages, MenuNode... nodes) {
        this.messages = messages;
        this.nodes = List.of(nodes);
    }

    @Override
    public final List<MenuNode> nodes() {
        return nodes;
    }

    @Override
    public final Messages messages() {
        return messages;
    }
}
