package org.tongguan.messages.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeQuery;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;
import org.tongguan.shell.document.DocumentPages;

/**
 * 消息中心 (manual 002 §四(一)): the tabs 通知 and 预警 with their 未读 counts, the notices of the user's enterprises
 * newest first (the unread in bold), ★ to star, 仅显示星标, 查看详情. New notices show at the page's next poll.
 */
final class MessageCentreView extends VerticalLayout {
    static final int LIMIT = 500;
    private final NoticeService notices;
    private final DocumentPages pages;
    private final Tabs tabs = new Tabs();
    private final Map<Notice.Kind, Tab> tabOf = new EnumMap<>(Notice.Kind.class);
    private final Map<Notice.Kind, Span> unreadOf = new EnumMap<>(Notice.Kind.class);
    private final Checkbox starredOnly = new Checkbox();
    private final Grid<Notice> grid = new Grid<>();
    private final Locale locale;
    private Map<Notice.Kind, Long> shownUnread = Map.of();

    MessageCentreView(NoticeService notices, DocumentPages pages) {
        this.notices = notices;
        this.pages = pages;
        this.locale = Messages.supported(getLocale());
        setSizeFull();
        addClassName("tg-messages");
        configureGrid();
        add(new H2(getTranslation("messages.title")), toolbar(), grid);
        setFlexGrow(1, grid);
        // what arrived meanwhile (a receipt, a warning) shows at the next poll; the list stays as it is otherwise
        EveryPoll.refresh(this, () -> {
            if (!notices.unread(CurrentUser.get()).equals(shownUnread)) {
                refresh();
            }
        });
    }

    private HorizontalLayout toolbar() {
        for (Notice.Kind kind : Notice.Kind.values()) {
            Span unread = new Span();
            unread.setId("messages-unread-" + kind);
            unread.getElement().getThemeList().add("badge");
            unread.getStyle().set("margin-left", "0.4em").set("color", "var(--lumo-error-text-color)");
            Tab tab = new Tab(new Span(Messages.CORE.get(kind.messageKey(), locale)), unread);
            tab.setId("messages-tab-" + kind);
            tabOf.put(kind, tab);
            unreadOf.put(kind, unread);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> refresh());
        starredOnly.setLabel(getTranslation("messages.starredOnly"));
        starredOnly.setId("messages-starred");
        starredOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(tabs, starredOnly);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setFlexGrow(1, tabs);
        return bar;
    }

    private void configureGrid() {
        grid.setId("messages-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(this::starButton).setHeader(VaadinIcon.STAR.create()).setWidth("4.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::title).setHeader(getTranslation("messages.column.title")).setFlexGrow(4);
        grid.addColumn(Notice::enterpriseCode).setHeader(getTranslation("messages.column.enterprise"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> pages.time().dateTime(n.createdAt())).setHeader(getTranslation("messages.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation(n.unread() ? "messages.unread" : "messages.read"))
                .setHeader(getTranslation("messages.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::detailButton).setAutoWidth(true).setFlexGrow(0);
        grid.setClassNameGenerator(n -> n.unread() ? "tg-unread" : null);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    private Component title(Notice n) {
        Span title = new Span(n.title(locale));
        if (n.unread()) {
            title.getStyle().set("font-weight", "bold");
        }
        return title;
    }

    private Button starButton(Notice n) {
        Button star = new Button((n.starred() ? VaadinIcon.STAR : VaadinIcon.STAR_O).create(),
                e -> act(() -> notices.star(CurrentUser.get(), n.id(), !n.starred())));
        star.setId("messages-star-" + n.id());
        star.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        star.getElement().setAttribute("aria-label", getTranslation(n.starred() ? "messages.unstar" : "messages.star"));
        star.getElement().setAttribute("aria-pressed", Boolean.toString(n.starred()));
        return star;
    }

    private Button detailButton(Notice n) {
        Button detail = new Button(getTranslation("messages.detail"), e -> open(n));
        detail.setId("messages-detail-" + n.id());
        detail.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return detail;
    }

    /** 查看详情: the notice, read now. */
    private void open(Notice n) {
        try {
            notices.markRead(CurrentUser.get(), n.id());
            new NoticeDetail(this, notices, pages, notices.get(CurrentUser.get(), n.id()), locale).open();
        } catch (RuleViolation v) {
            Problems.show(v, Map.of());
        }
        refresh();
    }

    private void act(Runnable work) {
        try {
            work.run();
        } catch (RuleViolation v) {
            Problems.show(v, Map.of());
        }
        refresh();
    }

    private Notice.Kind kind() {
        return tabOf.entrySet().stream().filter(e -> e.getValue() == tabs.getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(Notice.Kind.NOTICE);
    }

    /** The counts on the tabs and the notices of the chosen tab, asked again of the server. */
    void refresh() {
        try {
            shownUnread = notices.unread(CurrentUser.get());
            shownUnread.forEach((kind, count) -> {
                Span unread = unreadOf.get(kind);
                unread.setText(Long.toString(count));
                unread.setVisible(count > 0);
            });
            grid.setItems(notices.list(CurrentUser.get(), NoticeQuery.of(kind(), starredOnly.getValue(), LIMIT)));
        } catch (RuleViolation v) {
            Problems.show(v, Map.of());
        }
    }
}
