package org.tongguan.ledger.internal;

import static org.tongguan.ledger.LedgerTexts.plain;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.io.Xlsx;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.BalancePage;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.Mark;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;

/**
 * A book's 余量 page ({@link BalancePage}): per row of an approved ledger the figures the book counts (for a
 * 加工贸易账册 its 进口, 出口, 成品折料, 内销, 复出, 余料结转, 边角料 and 余量; for a 物流账册 进, 出 and 余量), counting
 * every approved list; filters, xlsx export, and where the book keeps them the enterprise's 预警值 (a 料件 under it is
 * marked, and a warning notice is raised when a list takes it there).
 */
public class BalanceView extends VerticalLayout {
    private final Messages texts;
    private final MovementBook book;
    private final BalancePage page;
    private final CodeTable units;
    private final Locale locale;
    private final ComboBox<Enterprise> enterprise = new ComboBox<>();
    private final ComboBox<Ledger> ledger = new ComboBox<>();
    private final RadioButtonGroup<Mark> mark = new RadioButtonGroup<>();
    private final TextField filter = new TextField();
    private final Checkbox below = new Checkbox();
    private final Grid<Balance> grid = new Grid<>();
    private final Span summary = new Span();
    private final Anchor export = new Anchor();
    private List<Balance> shown = List.of();

    public BalanceView(MovementBook book, BalancePage page, EnterpriseRegistry enterprises, AccessPolicy policy,
            CodeTables codes) {
        this.book = book;
        this.page = page;
        this.texts = page.messages();
        this.units = codes.table(CodeTableId.UNIT);
        this.locale = Messages.supported(getLocale());
        setId(page.route().replace('/', '-'));
        setSizeFull();
        boolean mayEdit = page.warnings() != null && policy.permits(CurrentUser.get(), page.editPermission());
        configureCriteria(enterprises);
        configureGrid();
        Button search = new Button(t("balance.search"), e -> search());
        search.setId("balance-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button exportButton = new Button(t("balance.export"));
        export.setId("balance-export");
        export.getElement().setAttribute("download", true);
        export.add(exportButton);
        export.setHref(DownloadHandler.fromInputStream(ev -> {
            List<Balance>[] rows = new List[1];
            String[] name = new String[1];
            ev.getUI().accessSynchronously(() -> {
                rows[0] = shown;
                name[0] = (ledger.getValue() == null ? "balance" : ledger.getValue().emsNo()) + "-"
                        + mark.getValue().code() + ".xlsx";
            });
            byte[] xlsx = xlsx(rows[0]);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), name[0],
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }));
        Button warn = new Button(t("balance.setWarning"), e -> setWarning());
        warn.setId("balance-set-warning");
        warn.setVisible(mayEdit);
        HorizontalLayout row = new HorizontalLayout(enterprise, ledger, mark, filter, below, search);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        summary.setId("balance-summary");
        summary.addClassName("tg-warning-text");
        HorizontalLayout buttons = new HorizontalLayout(export, warn, summary);
        buttons.setAlignItems(Alignment.CENTER);
        add(new H2(t(page.titleKey())), row, buttons, grid);
    }

    private String t(String key, Object... args) {
        return texts.get(key, locale, args);
    }

    private void configureCriteria(EnterpriseRegistry enterprises) {
        UserContext who = CurrentUser.get();
        enterprise.setLabel(t("balance.enterprise"));
        enterprise.setId("balance-enterprise");
        enterprise.setRequiredIndicatorVisible(true);
        enterprise.setItems(enterprises.list(who, ""));
        enterprise.setItemLabelGenerator(e -> e.getCustomsCode() + " " + e.getName());
        enterprise.setWidth("20em");
        enterprise.addValueChangeListener(e -> {
            ledger.clear();
            List<Ledger> ledgers = e.getValue() == null ? List.of() : book.ledgers(e.getValue().getCustomsCode());
            ledger.setItems(ledgers);
            if (ledgers.size() == 1) {
                ledger.setValue(ledgers.get(0));
            }
        });
        ledger.setLabel(t("balance.ledger"));
        ledger.setId("balance-ledger");
        ledger.setRequiredIndicatorVisible(true);
        ledger.setItemLabelGenerator(Ledger::emsNo);
        mark.setLabel(t("balance.mark"));
        mark.setId("balance-mark");
        mark.setItems(page.marks());
        mark.setItemLabelGenerator(m -> t(m.messageKey()));
        mark.setValue(page.marks().get(0));
        mark.setVisible(page.marks().size() > 1);
        filter.setLabel(t("balance.filter"));
        filter.setId("balance-filter");
        filter.setClearButtonVisible(true);
        below.setLabel(t("balance.below"));
        below.setId("balance-below");
        below.setVisible(page.warnings() != null);
    }

    private void configureGrid() {
        grid.setId("balance-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        for (Column c : columns()) {
            grid.addColumn(b -> c.value().apply(b)).setHeader(t(c.key())).setKey(c.key().substring(12))
                    .setAutoWidth(true).setResizable(true).setSortable(true);
        }
        grid.setPartNameGenerator(b -> b.belowWarning() ? "tg-below-warning" : null);
        grid.setSizeFull();
    }

    /** A column: its heading key and its text. */
    private record Column(String key, Function<Balance, String> value) {
    }

    /** The grid's and the export's columns, as the page lists them: one reading of each value, units named. */
    private List<Column> columns() {
        return page.columns().stream().map(c -> new Column(c.headingKey(), value(c))).toList();
    }

    private Function<Balance, String> value(BalancePage.Column c) {
        return switch (c) {
            case SEQ_NO -> b -> Long.toString(b.item().seqNo());
            case MTNO -> b -> nz(b.item().mtno());
            case NAME -> b -> nz(b.item().name());
            case UNIT -> b -> units.label(b.item().unit(), locale);
            case DECLARED -> b -> plain(b.item().declaredQty());
            case IMPORTED -> b -> plain(b.imported());
            case EXPORTED -> b -> plain(b.exported());
            case CONSUMED -> b -> plain(b.consumed());
            case DOMESTIC -> b -> plain(b.domestic());
            case REEXPORTED -> b -> plain(b.reexported());
            case TRANSFERRED -> b -> plain(b.transferred());
            case SCRAP -> b -> plain(b.scrap());
            case BALANCE -> b -> plain(b.balance());
            case WARN -> b -> plain(b.item().warnQty());
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** 查询: the balances of the chosen ledger, narrowed by the filters. */
    void search() {
        if (ledger.getValue() == null) {
            ledger.setErrorMessage(t("balance.ledgerRequired"));
            ledger.setInvalid(true);
            return;
        }
        ledger.setInvalid(false);
        List<Balance> all;
        try {
            all = book.balances(CurrentUser.get(), ledger.getValue().emsNo(), mark.getValue());
        } catch (RuleViolation v) {
            Problems.error(v.getMessage(locale));
            return;
        }
        String f = filter.getValue() == null ? "" : filter.getValue().strip();
        shown = all.stream().filter(b -> f.isEmpty() || Long.toString(b.item().seqNo()).equals(f)
                || nz(b.item().mtno()).contains(f) || nz(b.item().name()).contains(f))
                .filter(b -> !below.getValue() || b.belowWarning()).toList();
        grid.setItems(shown);
        long under = all.stream().filter(Balance::belowWarning).count();
        summary.setText(under == 0 || page.warnings() == null ? "" : t("balance.belowCount", under));
    }

    private byte[] xlsx(List<Balance> rows) {
        List<String> headings = new ArrayList<>();
        List<Column> columns = columns();
        columns.forEach(c -> headings.add(t(c.key())));
        List<List<String>> data = new ArrayList<>();
        for (Balance b : rows) {
            data.add(columns.stream().map(c -> c.value().apply(b)).toList());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Xlsx.write(out, t(page.titleKey()), headings, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 设置预警值 of the chosen rows: a quantity, or empty to clear. */
    private void setWarning() {
        List<Long> seqNos = grid.getSelectedItems().stream().map(b -> b.item().seqNo()).toList();
        if (seqNos.isEmpty() || ledger.getValue() == null) {
            Problems.error(t("balance.selectRows"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("balance-warning-dialog");
        dialog.setHeaderTitle(t("balance.setWarning"));
        BigDecimalField qty = new BigDecimalField(t("balance.warnQty"));
        qty.setId("balance-warn-qty");
        qty.setHelperText(t("balance.warnQty.hint"));
        Button save = new Button(t("balance.save"), e -> {
            BigDecimal value = qty.getValue();
            try {
                page.warnings().set(CurrentUser.get(), ledger.getValue().emsNo(), mark.getValue(), seqNos, value);
            } catch (RuleViolation v) {
                qty.setErrorMessage(v.getMessage(locale));
                qty.setInvalid(true);
                return;
            }
            dialog.close();
            Problems.success(t("balance.saved", seqNos.size()));
            search();
        });
        save.setId("balance-warn-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("balance.cancel"), e -> dialog.close());
        dialog.add(qty);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        qty.focus();
    }
}
