package org.tongguan.messages.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.shell.CurrentUser;

/**
 * The bell in one browser tab's header: the number of notices and warnings no one has read, asked again at every poll
 * of the page, and a click opens the 消息中心.
 */
final class BellItem extends Button {
    private final NoticeService notices;
    private final Span count = new Span();
    private long shown = -1;

    BellItem(NoticeService notices) {
        this.notices = notices;
        setId("header-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("header-bell-count");
        count.getStyle().set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "1em").set("padding", "0 0.45em").set("font-size", "var(--lumo-font-size-xs)")
                .set("line-height", "1.6");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MessageCentrePage.ROUTE)));
        EveryPoll.refresh(this, this::refresh);
    }

    private void refresh() {
        long unread;
        try {
            unread = notices.unread(CurrentUser.get()).values().stream().mapToLong(Long::longValue).sum();
        } catch (RuleViolation refused) { // the permission taken away meanwhile: the shell drops the bell soon
            unread = 0;
        }
        if (unread == shown) {
            return;
        }
        shown = unread;
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        String title = getTranslation("messages.bell.title", unread);
        setTooltipText(title);
        getElement().setAttribute("aria-label", title);
    }
}
