package org.tongguan.delegation.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongguan.core.RuleViolation;
import org.tongguan.delegation.DelegationService;
import org.tongguan.delegation.Grant;
import org.tongguan.delegation.OperatorGrant;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.FormField;
import org.tongguan.shell.Problems;

/**
 * 委托授权 › 企业内授权录入 (manual 004 §1.2): the grants the 法人卡's enterprise received, found quickly by the granting
 * enterprise's 编号 or 社会信用代码; under the one chosen, its operators: 是否授予全部操作员 是 (no card number) or 否 with
 * an operator IC card number. 添加 puts a row in the list, 保存 saves the rows added, 删除 removes the row chosen after
 * a confirmation.
 */
final class ReceivedGrantsView extends VerticalLayout {
    private final DelegationService service;
    private final CardChoice card;
    private final TextField locate = FormField.text(getTranslation("delegation.locate"), "deleg-in-locate", 18, false);
    private final Grid<Grant> grants = new Grid<>();
    private final RadioButtonGroup<Boolean> allOperators = new RadioButtonGroup<>(
            getTranslation("delegation.field.allOperators"));
    private final TextField cardNo = FormField.text(getTranslation("delegation.field.cardNo"), "deleg-in-cardNo", 32,
            false);
    private final Grid<OperatorGrant> operators = new Grid<>();
    private final Button add = new Button(getTranslation("delegation.add"));
    private final Button save = new Button(getTranslation("delegation.save"));
    private final Button delete = new Button(getTranslation("delegation.delete"));
    /** Rows added (添加) and not yet saved. */
    private final List<OperatorGrant> pending = new ArrayList<>();
    private List<OperatorGrant> saved = List.of();

    ReceivedGrantsView(DelegationService service, CardChoice.Source cards) {
        this.service = service;
        card = cards.choice("deleg-in-card", c -> refresh());
        setSizeFull();
        addClassName("tg-delegation-received");
        Button search = new Button(getTranslation("delegation.search"), e -> locate());
        search.setId("deleg-in-search");
        locate.setWidth("22em");
        locate.addKeyPressListener(Key.ENTER, e -> locate());
        HorizontalLayout quick = new HorizontalLayout(locate, search);
        quick.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrants();
        allOperators.setId("deleg-in-all");
        allOperators.setItems(true, false);
        allOperators.setItemLabelGenerator(b -> getTranslation(b ? "delegation.yes" : "delegation.no"));
        allOperators.addValueChangeListener(e -> {
            boolean all = Boolean.TRUE.equals(e.getValue());
            cardNo.setEnabled(!all);
            cardNo.setRequiredIndicatorVisible(!all);
            if (all) {
                cardNo.clear();
            }
        });
        allOperators.setValue(false);
        cardNo.setWidth("20em");
        add.setId("deleg-in-add");
        add.addClickListener(e -> addRow());
        save.setId("deleg-in-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setId("deleg-in-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        configureOperators();
        HorizontalLayout entry = new HorizontalLayout(allOperators, cardNo, add, save, delete);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        entry.setWrap(true);
        add(new H2(getTranslation("delegation.received.title")), card, quick, grants,
                new H3(getTranslation("delegation.operators.title")), entry, operators);
        card.chooseFirst();
        refresh();
    }

    private void configureGrants() {
        grants.setId("deleg-in-grid");
        grants.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grants.addColumn(Grant::grantorCode).setHeader(getTranslation("delegation.field.grantorCode"))
                .setKey("grantorCode").setAutoWidth(true);
        grants.addColumn(Grant::grantorCreditCode).setHeader(getTranslation("delegation.field.grantorCreditCode"))
                .setKey("grantorCreditCode").setAutoWidth(true);
        grants.addColumn(Grant::grantorName).setHeader(getTranslation("delegation.field.grantorName"))
                .setKey("grantorName").setFlexGrow(2);
        Texts.grantColumns(grants);
        grants.setHeight("16em");
        grants.asSingleSelect().addValueChangeListener(e -> showOperators());
    }

    private void configureOperators() {
        operators.setId("deleg-in-operators");
        operators.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        operators.addColumn(o -> getTranslation(o.allOperators() ? "delegation.yes" : "delegation.no"))
                .setHeader(getTranslation("delegation.field.allOperators")).setKey("allOperators").setAutoWidth(true);
        operators.addColumn(o -> o.cardNo() == null ? "" : o.cardNo())
                .setHeader(getTranslation("delegation.field.cardNo")).setKey("cardNo").setAutoWidth(true);
        operators.addColumn(o -> o.id() == null ? getTranslation("delegation.operators.unsaved") : "")
                .setHeader("").setKey("state").setAutoWidth(true);
        operators.setHeight("14em");
    }

    private void refresh() {
        grants.setItems(card.load(no -> service.received(CurrentUser.get(), no),
                List.of(add, save, delete, locate, allOperators, cardNo)));
        showOperators();
    }

    /** 查询: the grant of that 授权企业编号 or 社会信用代码, chosen in the list; else the clerk is told. */
    private void locate() {
        String key = locate.getValue() == null ? "" : locate.getValue().trim();
        grants.getListDataView().getItems()
                .filter(g -> key.equals(g.grantorCode()) || key.equals(g.grantorCreditCode())).findFirst()
                .ifPresentOrElse(g -> {
                    grants.select(g);
                    grants.scrollToItem(g);
                }, () -> Problems.error(getTranslation("delegation.locate.notFound", key)));
    }

    private void showOperators() {
        pending.clear();
        Grant g = grants.asSingleSelect().getValue();
        saved = List.of();
        if (g != null) {
            try {
                saved = service.operators(CurrentUser.get(), card.cardNo(), g.id());
            } catch (RuleViolation v) {
                Problems.error(v.getMessage(getLocale()));
            }
        }
        showRows();
    }

    private void showRows() {
        List<OperatorGrant> rows = new ArrayList<>(saved);
        rows.addAll(pending);
        operators.setItems(rows);
    }

    /** 添加: the row as entered, into the list (saved with 保存). */
    private void addRow() {
        Grant g = grants.asSingleSelect().getValue();
        if (g == null) {
            Problems.error(getTranslation("delegation.chooseGrant"));
            return;
        }
        boolean all = Boolean.TRUE.equals(allOperators.getValue());
        String no = cardNo.getValue() == null ? "" : cardNo.getValue().trim();
        pending.add(OperatorGrant.input(g.id(), all, all ? null : no));
        cardNo.clear();
        cardNo.setInvalid(false); // emptied for the next row, not left out
        showRows();
    }

    private void save() {
        Grant g = grants.asSingleSelect().getValue();
        if (g == null || pending.isEmpty()) {
            Problems.error(getTranslation(g == null ? "delegation.chooseGrant" : "delegation.operators.nothingAdded"));
            return;
        }
        try {
            saved = service.addOperators(CurrentUser.get(), card.cardNo(), g.id(), List.copyOf(pending));
            pending.clear();
            showRows();
            Problems.success(getTranslation("delegation.saved"));
        } catch (RuleViolation v) {
            Problems.show(v, Map.of("allOperators", allOperators, "cardNo", cardNo));
        }
    }

    private void confirmDelete() {
        OperatorGrant o = operators.asSingleSelect().getValue();
        if (o == null) {
            Problems.error(getTranslation("delegation.chooseOne"));
            return;
        }
        if (o.id() == null) { // added, not saved: only taken out of the list
            pending.remove(o);
            showRows();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("delegation.delete"),
                getTranslation("delegation.operators.delete.confirm", o.cardNo() == null
                        ? getTranslation("delegation.operators.all") : o.cardNo()),
                getTranslation("delegation.ok"), e -> {
                    try {
                        service.deleteOperator(CurrentUser.get(), card.cardNo(), o.id(), o.version());
                        Problems.success(getTranslation("delegation.deleted"));
                    } catch (RuleViolation v) {
                        Problems.error(v.getMessage(getLocale()));
                    }
                    showOperators();
                }, getTranslation("delegation.cancel"), e -> { });
        confirm.setId("deleg-in-delete-confirm");
        confirm.open();
    }
}
