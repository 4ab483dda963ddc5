package org.tongguan.shell.document;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.security.UserContext;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;

/**
 * The one document editor: the blue buttons of the whole document (新增, 暂存, 删除, 发送, 申报, 导入, 打印, 查看回执,
 * 变更, and for a document stuck on its way 申请回执补发 and 重新发送), the header form, one tab per 表体 and the 随附单据
 * tab. What the buttons allow follows the lifecycle and the user's rights; the service decides again on every call. Items can be entered once the header is saved. While the
 * document waits for customs, receipts are picked up as they arrive.
 */
public class DocumentEditor extends VerticalLayout {
    private final DocumentPages pages;
    private final DocumentType type;
    private final boolean viewOnly;
    private final Locale locale;
    private final FieldForm header;
    private final Map<String, ItemTabPanel> tabs = new LinkedHashMap<>();
    private final AttachmentPanel attachments;
    private final TabSheet sheet = new TabSheet();
    private final Span status = new Span();
    private final Button newButton = blue("doc.new", "doc-new", this::newDocument);
    private final Button saveButton = blue("doc.save", "doc-save", this::save);
    private final Button deleteButton = blue("doc.delete", "doc-delete", this::delete);
    private final Button copyButton = blue("doc.copy", "doc-copy", this::copyDocument);
    private final Button sendButton = blue("doc.send", "doc-send", () -> declare(false));
    private final Button declareButton = blue("doc.declare", "doc-declare", () -> declare(true));
    private final Button importButton = blue("doc.import", "doc-import", this::openImport);
    private final Anchor printLink = new Anchor();
    private final Button printButton = blue("doc.print", "doc-print", () -> { });
    private final Button receiptButton = blue("doc.receipt", "doc-receipt", this::showReceipt);
    private final Button changeButton = blue("doc.change", "doc-change", this::changeApproved);
    private final Button requestReceiptsButton = blue("doc.requestReceipts", "doc-request-receipts",
            this::requestReceipts);
    private final Button resendButton = blue("doc.resend", "doc-resend", this::resend);
    /** When the follow-ups of a waiting document were last asked for (they come with time, not with a change). */
    private long followUpsAskedAt;
    private final Map<String, Button> actionButtons = new LinkedHashMap<>();
    private final Map<String, String> presets;
    private Document current;
    private Registration poll;
    /** How often a waiting document's follow-ups are asked for again while it is shown. */
    private static final long FOLLOW_UPS_EVERY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    /**
     * @param viewOnly 查看明细: nothing can be changed, only printed and receipts read
     */
    public DocumentEditor(DocumentPages pages, DocumentType type, boolean viewOnly) {
        this(pages, type, viewOnly, Map.of());
    }

    /**
     * @param presets header values the page fixes for new documents (e.g. 进出口标志 I on a 进口 page): shown, locked
     */
    public DocumentEditor(DocumentPages pages, DocumentType type, boolean viewOnly, Map<String, String> presets) {
        this.pages = pages;
        this.type = type;
        this.viewOnly = viewOnly;
        this.presets = Map.copyOf(presets);
        this.locale = org.tongguan.core.Messages.supported(getLocale());
        setId("doc-editor-" + type.id());
        addClassName("tg-document-editor");
        setSizeFull();
        setPadding(false);
        // a type may name the 变更 step its own way (a 核放单's is its 作废申报)
        Optional.ofNullable(type.messages().find("doc.change", locale)).ifPresent(changeButton::setText);
        header = new FieldForm(type, type.header(), "doc-" + type.id(), pages, locale, false);
        header.lock(this.presets.keySet());
        sheet.setId("doc-tabs");
        sheet.add(getTranslation("doc.header"), header);
        for (ItemTab t : type.tabs()) {
            ItemTabPanel panel = new ItemTabPanel(type, t, pages, locale, itemActions());
            tabs.put(t.key(), panel);
            sheet.add(type.messages().get(t.labelKey(), locale), panel);
        }
        attachments = new AttachmentPanel(type, locale, attachmentActions());
        if (type.attachments().accepted()) {
            sheet.add(getTranslation("doc.attachments"), attachments);
        }
        sheet.setSizeFull();
        printLink.setId("doc-print-link");
        printLink.getElement().setAttribute("download", true);
        printLink.add(printButton);
        printLink.setHref(DownloadHandler.fromInputStream(ev -> {
            // a download runs outside the session lock: take the user and the document under it
            Object[] now = new Object[2];
            ev.getUI().accessSynchronously(() -> {
                now[0] = who();
                now[1] = current;
            });
            byte[] pdf = pdf((UserContext) now[0], (Document) now[1]);
            return new DownloadResponse(new ByteArrayInputStream(pdf), ((Document) now[1]).etpsPreentNo() + ".pdf",
                    "application/pdf", pdf.length);
        }));
        status.setId("doc-status");
        status.addClassName("tg-doc-status");
        HorizontalLayout bar = new HorizontalLayout(newButton, saveButton, deleteButton, copyButton, sendButton,
                declareButton, importButton, printLink, receiptButton, changeButton, requestReceiptsButton,
                resendButton);
        for (org.tongguan.core.declaration.DocumentAction a : type.actions()) {
            Button b = new Button(type.messages().get(a.labelKey(), locale), e -> perform(a.key()));
            b.setId("doc-action-" + a.key());
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actionButtons.put(a.key(), b);
            bar.add(b);
        }
        bar.addClassName("tg-doc-toolbar");
        bar.setWrap(true);
        HorizontalLayout top = new HorizontalLayout(status, bar);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(Alignment.CENTER);
        add(top, sheet);
        newDocument();
    }

    private Button blue(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private UserContext who() {
        return CurrentUser.get();
    }

    private boolean mayEdit() {
        return !viewOnly && pages.policy().permits(who(), type.editPermission());
    }

    /** 新增: an empty header with the type's defaults and the page's presets. */
    public void newDocument() {
        current = null;
        header.setValues(presets);
        sheet.setSelectedIndex(0);
        refresh();
        header.focusFirst();
    }

    /** Shows a stored document. */
    public void open(Document doc) {
        current = doc;
        header.setValues(doc.header());
        refresh();
    }

    public Document current() {
        return current;
    }

    private void refresh() {
        EditorState may = new EditorState(type, mayEdit(), current, pages.printer().isPresent());
        DocumentState s = may.state();
        boolean stored = may.stored();
        header.setEditable(may.editable());
        for (ItemTabPanel p : tabs.values()) {
            p.show(current, may.editable());
        }
        attachments.show(current, may.editable());
        newButton.setEnabled(may.canCreate());
        saveButton.setEnabled(may.canSave());
        deleteButton.setEnabled(may.canDelete());
        copyButton.setEnabled(may.canCopy());
        sendButton.setEnabled(may.canDeclare());
        declareButton.setEnabled(may.canDeclare());
        importButton.setEnabled(may.canImport());
        printButton.setEnabled(may.canPrintNow());
        printLink.setEnabled(may.canPrintNow());
        receiptButton.setEnabled(may.canReadReceipts());
        changeButton.setVisible(may.changeable());
        changeButton.setEnabled(may.canChange());
        for (org.tongguan.core.declaration.DocumentAction a : type.actions()) {
            actionButtons.get(a.key()).setEnabled(may.canPerform(a));
        }
        showFollowUps(may.asksFollowUps());
        status.setText(stored ? getTranslation("doc.status", current.etpsPreentNo(),
                getTranslation("doc.state." + s.name()), current.seqNo() == null ? "—" : current.seqNo())
                : getTranslation("doc.status.new"));
        status.getElement().setAttribute("data-state", s.name());
    }

    /**
     * 申请回执补发 and 重新发送 are shown only when the service would accept them now (overdue receipts, a message that
     * never reached customs): it is asked, not guessed here.
     */
    private void showFollowUps(boolean ask) {
        java.util.Set<DocumentEvent> offered = java.util.Set.of();
        if (ask) {
            try {
                offered = pages.documents().followUps(who(), current.id());
            } catch (RuleViolation gone) {
                // deleted meanwhile: nothing to offer
            }
            followUpsAskedAt = System.nanoTime();
        }
        requestReceiptsButton.setVisible(offered.contains(DocumentEvent.REQUEST_RECEIPTS));
        resendButton.setVisible(offered.contains(DocumentEvent.RESEND));
    }

    private void requestReceipts() {
        Document asked = call(() -> pages.documents().requestReceipts(who(), current.id(), current.version()),
                this::showRefusal);
        if (asked != null) {
            show(asked);
            Problems.success(getTranslation("doc.receiptsRequested", asked.etpsPreentNo()));
        }
    }

    private void resend() {
        Document sent;
        try {
            sent = pages.documents().resend(who(), current.id(), current.version());
        } catch (RuleViolation v) {
            // a transport that still refuses has made it 申报失败 again: show it as it is now
            showItems(pages.documents().get(who(), current.id()));
            showRefusal(v);
            return;
        }
        show(sent);
        Problems.success(getTranslation("doc.resent", sent.etpsPreentNo()));
    }

    private <T> T call(Supplier<T> work, Consumer<RuleViolation> onRefused) {
        try {
            return work.get();
        } catch (org.tongguan.core.ConcurrentEditException v) {
            // someone (or a receipt) changed it: show what is stored now, keep what the clerk typed in the header
            Problems.error(v.getMessage(getLocale()));
            if (current != null) {
                showItems(pages.documents().get(who(), current.id()));
            }
            return null;
        } catch (RuleViolation v) {
            onRefused.accept(v);
            return null;
        }
    }

    private void show(Document doc) {
        if (doc != null) {
            current = doc;
            header.setValues(doc.header());
            refresh();
        }
    }

    /** After a change of rows or attachments: the new version and the tabs, the header form as the clerk left it. */
    private void showItems(Document doc) {
        if (doc != null) {
            current = doc;
            refresh();
        }
    }

    private void showRefusal(RuleViolation v) {
        Problems.show(v, header.validationFields(""));
    }

    private void save() {
        Map<String, String> values = header.values();
        Document saved = call(() -> current == null ? pages.documents().create(who(), type.id(), values)
                : pages.documents().saveHeader(who(), current.id(), current.version(), values), this::showRefusal);
        if (saved != null) {
            show(saved);
            Problems.success(getTranslation("doc.saved", saved.etpsPreentNo()));
        }
    }

    private void delete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("doc.delete"),
                getTranslation("doc.delete.confirm", current.etpsPreentNo()), getTranslation("doc.delete"), e -> {
                    try {
                        pages.documents().delete(who(), current.id(), current.version());
                        Problems.success(getTranslation("doc.deleted", current.etpsPreentNo()));
                        newDocument();
                    } catch (RuleViolation v) {
                        showRefusal(v);
                    }
                }, getTranslation("doc.cancel"), e -> { });
        confirm.setId("doc-delete-confirm");
        confirm.open();
    }

    private void declare(boolean declare) {
        List<CardMedium> cards = pages.signer().map(s -> s.cards().stream()
                .filter(c -> pages.policy().permitsCard(who(), type.editPermission(), current.enterpriseCode(), c))
                .toList()).orElse(List.of());
        if (cards.isEmpty()) {
            Problems.error(getTranslation("doc.declare.noCard", current.enterpriseCode()));
            return;
        }
        boolean clientSigns = pages.documents().clientSigns();
        new DeclareDialog(declare ? "doc.declare" : "doc.send", cards, clientSigns, (cardNo, pin) -> {
            Document sent;
            try {
                sent = pages.documents().declare(who(), current.id(), current.version(), cardNo, pin, declare);
            } catch (RuleViolation v) {
                // a send the transport refused has made the document 申报失败: show it as it is now
                showItems(pages.documents().get(who(), current.id()));
                throw v;
            }
            show(sent);
            Problems.success(getTranslation(declare ? "doc.declared" : "doc.sent", sent.etpsPreentNo()));
        }).open();
    }

    private void perform(String action) {
        Document done = call(() -> pages.documents().perform(who(), current.id(), current.version(), action),
                this::showRefusal);
        if (done != null) {
            show(done);
            Problems.success(getTranslation("doc.action.done", type.actions().stream()
                    .filter(a -> a.key().equals(action)).findFirst()
                    .map(a -> type.messages().get(a.labelKey(), locale)).orElse(action)));
        }
    }

    /** 复制: a new 暂存 of the same type with this document's header and rows (what customs assigned left out). */
    private void copyDocument() {
        Document copy = call(() -> pages.documents().copy(who(), current.id()), this::showRefusal);
        if (copy != null) {
            String from = current.etpsPreentNo();
            show(copy);
            Problems.success(getTranslation("doc.copied", from, copy.etpsPreentNo()));
        }
    }

    private void changeApproved() {
        show(call(() -> pages.documents().change(who(), current.id(), current.version()), this::showRefusal));
    }

    private void showReceipt() {
        var receipts = pages.documents().receipts(who(), current.id());
        if (!receipts.isEmpty()) {
            new ReceiptDialog(receipts, pages.time()).open();
        }
    }

    private void openImport() {
        new ImportDialog(type, locale, pages, this::importRows).open();
    }

    private ImportResult importRows(String tab, InputStream in) {
        ImportResult r = call(() -> pages.documents().importItems(who(), current.id(), current.version(), tab, in,
                locale), this::showRefusal);
        if (r != null && r.ok()) {
            showItems(r.document());
        }
        return r;
    }

    private byte[] pdf(UserContext user, Document doc) {
        byte[] stamp = pages.users().stamp(user).orElse(null);
        return pages.printer().orElseThrow().pdf(PrintLayouts.of(type, pages.documents().get(user, doc.id()),
                pages.codes(), pages.time(), locale, user.username(), Instant.now(), stamp));
    }

    private ItemTabPanel.Actions itemActions() {
        return new ItemTabPanel.Actions() {
            @Override
            public void save(String tab, Long itemId, Map<String, String> values, Consumer<Document> onSaved,
                    Consumer<RuleViolation> onRefused) {
                if (current == null) {
                    Problems.error(getTranslation("doc.itemsNeedHeader"));
                    return;
                }
                Document d = call(() -> pages.documents().saveItem(who(), current.id(), current.version(), tab,
                        itemId, values), onRefused);
                if (d != null) {
                    showItems(d);
                    onSaved.accept(d);
                }
            }

            @Override
            public void delete(String tab, List<Long> itemIds) {
                showItems(call(() -> pages.documents().deleteItems(who(), current.id(), current.version(), tab,
                        new ArrayList<>(itemIds)), DocumentEditor.this::showRefusal));
            }

            @Override
            public java.util.Optional<org.tongguan.core.declaration.RowExplanation> explain(String tab, long itemId) {
                return pages.documents().explain(who(), current.id(), tab, itemId, locale);
            }
        };
    }

    private AttachmentPanel.Actions attachmentActions() {
        return new AttachmentPanel.Actions() {
            @Override
            public void add(String kind, String number, String fileName, byte[] content) {
                Document d = call(() -> pages.documents().addAttachment(who(), current.id(), current.version(), kind,
                        number, fileName, content), DocumentEditor.this::showRefusal);
                if (d != null) {
                    showItems(d);
                    attachments.clearEntry();
                }
            }

            @Override
            public void upload(long attachmentId) {
                Document d = call(() -> pages.documents().uploadAttachment(who(), current.id(), current.version(),
                        attachmentId), DocumentEditor.this::showRefusal);
                if (d != null) {
                    showItems(d);
                    Problems.success(getTranslation("doc.attachment.uploaded"));
                }
            }

            @Override
            public void delete(long attachmentId) {
                showItems(call(() -> pages.documents().deleteAttachment(who(), current.id(), current.version(),
                        attachmentId), DocumentEditor.this::showRefusal));
            }

            @Override
            public byte[] content(UserContext user, long documentId, long attachmentId) {
                return pages.documents().attachmentContent(user, documentId, attachmentId);
            }

            @Override
            public UserContext user() {
                return who();
            }

            @Override
            public long documentId() {
                return current.id();
            }
        };
    }

    /**
     * While the document is out of the clerk's hands (declared, approved), what customs sends is picked up as it
     * arrives: an approval, and after it a release (核扣) or a change made elsewhere. Only the version is read at
     * each poll; the document is read again when it moved.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        poll = event.getUI().addPollListener(e -> {
            if (current != null && !Lifecycle.EDITABLE.contains(current.state())) {
                try {
                    if (pages.documents().version(who(), current.id()) != current.version()) {
                        show(pages.documents().get(who(), current.id()));
                    } else if (Lifecycle.WAITING.contains(current.state())
                            && System.nanoTime() - followUpsAskedAt > FOLLOW_UPS_EVERY_NANOS) {
                        showFollowUps(mayEdit()); // the receipts may have become overdue meanwhile
                    }
                } catch (RuleViolation gone) {
                    // deleted or no longer allowed: leave the page as it is
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        super.onDetach(event);
    }
}
