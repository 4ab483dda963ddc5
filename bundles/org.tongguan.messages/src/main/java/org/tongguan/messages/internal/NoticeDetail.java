package org.tongguan.messages.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Map;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;
import org.tongguan.shell.document.DocumentDialog;
import org.tongguan.shell.document.DocumentPages;

/**
 * 查看详情 of one notice (manual 002 §四(一) 5, 8): its title, kind, enterprise, time and text in the reader's
 * language, ★, and 查看单据 for a notice about a document, which opens it read-only in the one editor (with its
 * 查看回执).
 */
final class NoticeDetail extends Dialog {
    private final MessageCentreView view;
    private final NoticeService notices;
    private final DocumentPages pages;
    private Notice notice;
    private final Button star = new Button();

    NoticeDetail(MessageCentreView view, NoticeService notices, DocumentPages pages, Notice notice, Locale locale) {
        this.view = view;
        this.notices = notices;
        this.pages = pages;
        this.notice = notice;
        setId("notice-detail");
        setWidth("min(48em, 95vw)");
        setHeaderTitle(notice.title(locale));
        Span meta = new Span(getTranslation("messages.detail.meta", Messages.CORE.get(notice.kind().messageKey(),
                locale), notice.enterpriseCode(), pages.time().dateTime(notice.createdAt())));
        meta.setId("notice-detail-meta");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Paragraph text = new Paragraph(notice.text(locale) == null ? "" : notice.text(locale));
        text.setId("notice-detail-text");
        text.getStyle().set("white-space", "pre-line");
        add(meta, text);

        star.setId("notice-detail-star");
        star.addClickListener(e -> toggleStar());
        showStar();
        getFooter().add(star);
        if (notice.documentId() != null) {
            Button open = new Button(getTranslation("messages.detail.document"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> openDocument());
            open.setId("notice-detail-document");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(open);
        }
        Button close = new Button(getTranslation("messages.detail.close"), e -> close());
        close.setId("notice-detail-close");
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                view.remove(this);
                view.refresh();
            }
        });
        // a child of the page, so it goes with the page when the area is stopped
        view.add(this);
    }

    /** 查看单据: the document read-only, for a user who may see it, while its type is installed. */
    private void openDocument() {
        try {
            Document d = pages.documents().get(CurrentUser.get(), notice.documentId());
            DocumentType type = pages.documents().type(d.typeId())
                    .orElseThrow(() -> new RuleViolation("document.type.unknown", d.typeId()));
            DocumentDialog.open(view, pages, type, d, true, "messages-document", () -> { });
        } catch (RuleViolation v) {
            Problems.show(v, Map.of());
        }
    }

    private void toggleStar() {
        try {
            notices.star(CurrentUser.get(), notice.id(), !notice.starred());
            notice = notices.get(CurrentUser.get(), notice.id());
            showStar();
        } catch (RuleViolation v) {
            Problems.show(v, Map.of());
        }
    }

    private void showStar() {
        star.setIcon((notice.starred() ? VaadinIcon.STAR : VaadinIcon.STAR_O).create());
        star.setText(getTranslation(notice.starred() ? "messages.unstar" : "messages.star"));
    }
}
