package org.tongguan.shell.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentSummary;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.security.UserContext;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.DatePickers;
import org.tongguan.shell.Problems;

/**
 * A 数据查询 page of one document type: the criteria (选择可查询企业 is mandatory and lists only the enterprises the
 * user may see), the result grid with a choice of visible columns, and 查看明细 (read-only), 修改, 删除, 查看回执, 变更.
 * The shell makes one for each query page a type lists ({@link DocumentType#pages()}).
 */
public class DocumentQueryPage extends VerticalLayout {
    private static final int LIMIT = 500;
    private final DocumentPages pages;
    private final DocumentType type;
    private final ComboBox<Enterprise> enterprise = new ComboBox<>();
    private final ComboBox<DocumentState> state = new ComboBox<>();
    private final TextField number = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<DocumentSummary> grid = new Grid<>();
    private final String prefix;
    private final Map<String, String> fixed;
    private final FieldForm extra;

    public DocumentQueryPage(DocumentPages pages, DocumentType type, DocumentPage page) {
        this(pages, type, page.titleKey(), page.values());
    }

    /**
     * A query page showing only documents with header values the page fixes (e.g. the lists of 物流账册:
     * {@code putrecNo → T*}), under its own title.
     *
     * @param titleKey the page title's key in the type's texts, or null for "{type} 查询"
     * @param fixed header criteria of every query of the page ({@link DocumentQuery#header()})
     */
    public DocumentQueryPage(DocumentPages pages, DocumentType type, String titleKey, Map<String, String> fixed) {
        this.pages = pages;
        this.type = type;
        this.prefix = "query-" + type.id();
        this.fixed = Map.copyOf(fixed);
        setSizeFull();
        addClassName("tg-document-query");
        Locale locale = Messages.supported(getLocale());
        String title = titleKey != null ? type.messages().get(titleKey, locale)
                : getTranslation("doc.query.title", type.messages().get(type.titleKey(), locale));
        // the type's own criteria, as optional inputs (those the page fixes left out)
        List<org.tongguan.core.declaration.FieldSpec> specs = type.queryKeys().stream()
                .filter(k -> !this.fixed.containsKey(k)).map(type::headerField).flatMap(Optional::stream)
                .map(f -> new org.tongguan.core.declaration.FieldSpec(f.key(), f.labelKey(), f.kind(), f.maxLength(),
                        f.scale(), false, false, f.codeTable(), f.options(), List.of(), List.of(), null))
                .toList();
        extra = new FieldForm(type, specs, prefix + "-h", pages, locale, false);
        Grid<DocumentSummary> results = configureGrid();
        add(new H2(title), criteria(), buttons(), results);
        if (specs.isEmpty()) {
            extra.setVisible(false);
        }
    }

    private HorizontalLayout criteria() {
        enterprise.setLabel(getTranslation("doc.query.enterprise"));
        enterprise.setId(prefix + "-enterprise");
        enterprise.setRequiredIndicatorVisible(true);
        enterprise.setItems(enterprisesToQuery());
        enterprise.setItemLabelGenerator(e -> e.getCustomsCode() + " " + e.getName());
        enterprise.setWidth("22em");
        state.setLabel(getTranslation("doc.state"));
        state.setId(prefix + "-state");
        state.setItems(Arrays.asList(DocumentState.values()));
        state.setItemLabelGenerator(s -> getTranslation("doc.state." + s.name()));
        state.setClearButtonVisible(true);
        number.setLabel(getTranslation("doc.query.number"));
        number.setId(prefix + "-number");
        number.setClearButtonVisible(true);
        from.setLabel(getTranslation("doc.query.from"));
        from.setId(prefix + "-from");
        to.setLabel(getTranslation("doc.query.to"));
        to.setId(prefix + "-to");
        Locale locale = Messages.supported(getLocale());
        for (DatePicker d : List.of(from, to)) {
            d.setI18n(DatePickers.i18n(locale));
            d.setAutoOpen(false);
            d.setWidth("10em");
        }
        state.setWidth("10em");
        Button search = new Button(getTranslation("doc.query.search"), e -> search());
        search.setId(prefix + "-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(enterprise, state, number, from, to, extra, search);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /**
     * 选择可查询企业: those the user acts for and those whose documents of the type it may query by their grant (委托授权).
     */
    private List<Enterprise> enterprisesToQuery() {
        List<Enterprise> mine = new java.util.ArrayList<>(pages.enterprises().list(CurrentUser.get(), ""));
        Set<String> listed = mine.stream().map(Enterprise::getCustomsCode).collect(java.util.stream.Collectors.toSet());
        pages.policy().enterprises(CurrentUser.get(), type.viewPermission()).stream().filter(c -> !listed.contains(c))
                .sorted().map(c -> pages.enterprises().lookup(c)).flatMap(Optional::stream).forEach(mine::add);
        return mine;
    }

    private HorizontalLayout buttons() {
        Button view = button("doc.query.view", "view", s -> openEditor(s, true));
        Button edit = button("doc.query.edit", "edit", s -> openEditor(s, false));
        Button delete = button("doc.delete", "delete", this::delete);
        Button receipt = button("doc.receipt", "receipt", s -> {
            var list = pages.documents().receipts(CurrentUser.get(), s.id());
            if (list.isEmpty()) {
                Problems.error(getTranslation("doc.receipt.none"));
            } else {
                new ReceiptDialog(list, pages.time()).open();
            }
        });
        Button change = button("doc.change", "change", s -> {
            try {
                pages.documents().change(CurrentUser.get(), s.id(), s.version());
                search();
                openEditor(s, false);
            } catch (RuleViolation v) {
                Problems.show(v, Map.of());
            }
        });
        change.setVisible(type.changeCountKey() != null);
        // a type may name the 变更 step its own way (a 核放单's is its 作废申报)
        Optional.ofNullable(type.messages().find("doc.change", Messages.supported(getLocale()))).ifPresent(
                change::setText);
        Button columns = new Button(getTranslation("doc.query.columns"));
        columns.setId(prefix + "-columns");
        ContextMenu menu = new ContextMenu(columns);
        menu.setOpenOnClick(true);
        grid.getColumns().forEach(c -> {
            MenuItem item = menu.addItem(c.getHeaderText(), e -> c.setVisible(e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(c.isVisible());
        });
        grid.asSingleSelect().addValueChangeListener(e -> {
            DocumentSummary s = e.getValue();
            boolean editable = s != null && Lifecycle.EDITABLE.contains(s.state());
            edit.setEnabled(editable);
            delete.setEnabled(editable);
            receipt.setEnabled(s != null && s.hasReceipt());
            change.setEnabled(s != null && Lifecycle.allows(s.state(), DocumentEvent.CHANGE));
            view.setEnabled(s != null);
        });
        for (Button b : List.of(view, edit, delete, receipt, change)) {
            b.setEnabled(false);
        }
        HorizontalLayout bar = new HorizontalLayout(view, edit, delete, receipt, change, columns);
        bar.addClassName("tg-query-toolbar");
        return bar;
    }

    private Button button(String key, String id, java.util.function.Consumer<DocumentSummary> action) {
        Button b = new Button(getTranslation(key), e -> selected().ifPresent(action));
        b.setId(prefix + "-" + id);
        return b;
    }

    private Grid<DocumentSummary> configureGrid() {
        grid.setId(prefix + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DocumentSummary::etpsPreentNo).setHeader(getTranslation("doc.etpsPreentNo")).setKey("etpsPreentNo")
                .setAutoWidth(true);
        grid.addColumn(s -> s.seqNo() == null ? "" : s.seqNo()).setHeader(getTranslation("doc.seqNo")).setKey("seqNo")
                .setAutoWidth(true);
        grid.addColumn(s -> s.businessNo() == null ? "" : s.businessNo()).setHeader(getTranslation("doc.businessNo"))
                .setKey("businessNo").setAutoWidth(true);
        grid.addColumn(DocumentSummary::enterpriseCode).setHeader(getTranslation("doc.query.enterpriseCode"))
                .setKey("enterpriseCode").setAutoWidth(true);
        // the type's own criteria are its columns too (e.g. a 核放单's 过卡状态), read as the editor shows them
        Locale locale = Messages.supported(getLocale());
        for (String key : type.queryKeys()) {
            type.headerField(key).ifPresent(f -> grid.addColumn(s -> FieldText.shown(type, f, s.key(key),
                    pages.codes(), locale)).setHeader(type.messages().get(f.labelKey(), locale)).setKey("h-" + key)
                    .setAutoWidth(true));
        }
        grid.addColumn(s -> getTranslation("doc.state." + s.state().name())).setHeader(getTranslation("doc.state"))
                .setKey("state").setAutoWidth(true);
        grid.addColumn(DocumentSummary::changeCount).setHeader(getTranslation("doc.changeCount")).setKey("changeCount");
        grid.addColumn(s -> pages.time().dateTime(s.updatedAt())).setHeader(getTranslation("doc.updatedAt")).setKey("updatedAt")
                .setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem(), true));
        grid.setSizeFull();
        return grid;
    }

    private Optional<DocumentSummary> selected() {
        Optional<DocumentSummary> s = grid.asSingleSelect().getOptionalValue();
        if (s.isEmpty()) {
            Problems.error(getTranslation("doc.item.selectOne"));
        }
        return s;
    }

    /** 查询: the enterprise must be chosen; the service checks that the user may see it. */
    public void search() {
        UserContext who = CurrentUser.get();
        if (enterprise.getValue() == null) {
            enterprise.setErrorMessage(getTranslation("doc.query.enterpriseRequired"));
            enterprise.setInvalid(true);
            return;
        }
        enterprise.setInvalid(false);
        try {
            Map<String, String> header = new java.util.LinkedHashMap<>();
            extra.values().forEach((k, v) -> header.put(k, type.headerField(k)
                    .filter(f -> f.kind() == org.tongguan.core.declaration.FieldKind.TEXT).isPresent() ? v + "*" : v));
            header.putAll(fixed);
            grid.setItems(pages.documents().query(who, new DocumentQuery(type.id(),
                    enterprise.getValue().getCustomsCode(), state.getValue(), number.getValue(), from.getValue(),
                    to.getValue(), 0, LIMIT, header)));
        } catch (RuleViolation v) {
            Problems.show(v, Map.of("enterpriseCode", enterprise));
        }
    }

    private void openEditor(DocumentSummary s, boolean viewOnly) {
        Document d;
        try {
            d = pages.documents().get(CurrentUser.get(), s.id());
        } catch (RuleViolation v) {
            Problems.show(v, Map.of());
            return;
        }
        DocumentDialog.open(this, pages, type, d, viewOnly, prefix, this::search);
    }

    private void delete(DocumentSummary s) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("doc.delete"),
                getTranslation("doc.delete.confirm", s.etpsPreentNo()), getTranslation("doc.delete"), e -> {
                    try {
                        pages.documents().delete(CurrentUser.get(), s.id(), s.version());
                        search();
                    } catch (RuleViolation v) {
                        Problems.show(v, Map.of());
                    }
                }, getTranslation("doc.cancel"), e -> { });
        confirm.open();
    }
}
