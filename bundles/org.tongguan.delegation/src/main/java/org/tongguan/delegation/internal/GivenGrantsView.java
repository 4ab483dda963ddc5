package org.tongguan.delegation.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.delegation.DelegationService;
import org.tongguan.delegation.Grant;
import org.tongguan.delegation.GrantKind;
import org.tongguan.delegation.Subsystem;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.DatePickers;
import org.tongguan.shell.FormField;
import org.tongguan.shell.Problems;

/**
 * 委托授权 › 企业间授权录入 (manual 004 §1.1): the 法人卡's enterprise grants an agent enterprise a subsystem. The
 * granting enterprise is the card's (grey), 代理企业编号 fills the agent's 社会信用代码 and name, 授权类型 is 操作权 unless
 * chosen otherwise; 新增 clears the form, 保存 saves it, 删除 deletes the grant chosen in the list (and the 企业内授权
 * under it) after a confirmation.
 */
final class GivenGrantsView extends VerticalLayout {
    private final DelegationService service;
    private final EnterpriseRegistry registry;
    private final CardChoice card;
    private final TextField grantorCode = readOnly("grantorCode");
    private final TextField grantorCreditCode = readOnly("grantorCreditCode");
    private final TextField grantorName = readOnly("grantorName");
    private final TextField grantedOn = readOnly("grantedOn");
    private final TextField agentCode = FormField.text(getTranslation("delegation.field.agentCode"), "deleg-agentCode",
            10, true);
    private final TextField agentCreditCode = readOnly("agentCreditCode");
    private final TextField agentName = readOnly("agentName");
    private final DatePicker validFrom;
    private final DatePicker validTo;
    private final ComboBox<Subsystem> subsystem = new ComboBox<>(getTranslation("delegation.field.subsystem"));
    private final ComboBox<GrantKind> kind = new ComboBox<>(getTranslation("delegation.field.kind"));
    private final Grid<Grant> grid = new Grid<>();
    private final Button save = new Button(getTranslation("delegation.save"));
    private final Button delete = new Button(getTranslation("delegation.delete"));
    private final Button add = new Button(getTranslation("delegation.new"));
    /** The product's time zone: 授权日期 is today there. */
    private final java.time.ZoneId zone;
    private Grant editing;

    GivenGrantsView(DelegationService service, EnterpriseRegistry registry, CardChoice.Source cards,
            java.time.ZoneId zone) {
        this.service = service;
        this.zone = zone;
        this.registry = registry;
        Locale locale = Messages.supported(getLocale());
        validFrom = DatePickers.picker(getTranslation("delegation.field.validFrom"), "deleg-validFrom", locale);
        validTo = DatePickers.picker(getTranslation("delegation.field.validTo"), "deleg-validTo", locale);
        card = cards.choice("deleg-card", c -> showCard());
        setSizeFull();
        addClassName("tg-delegation-given");
        agentCode.addKeyPressListener(Key.ENTER, e -> fillAgent());
        agentCode.addBlurListener(e -> fillAgent());
        validFrom.setRequiredIndicatorVisible(true);
        validTo.setRequiredIndicatorVisible(true);
        Texts.choices(subsystem, "deleg-subsystem", Arrays.asList(Subsystem.values()), Subsystem::key);
        subsystem.setRequiredIndicatorVisible(true);
        Texts.choices(kind, "deleg-kind", Arrays.asList(GrantKind.values()), GrantKind::key);
        FormLayout form = new FormLayout(grantorCode, grantorCreditCode, grantorName, grantedOn, agentCode,
                agentCreditCode, agentName, validFrom, validTo, subsystem, kind);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        add.setId("deleg-new");
        add.addClickListener(e -> newGrant());
        save.setId("deleg-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setId("deleg-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        configureGrid();
        add(new H2(getTranslation("delegation.given.title")), card, form, new HorizontalLayout(add, save, delete),
                grid);
        card.chooseFirst();
        showCard();
    }

    private TextField readOnly(String property) {
        return Texts.readOnly(getTranslation("delegation.field." + property), "deleg-" + property);
    }

    private void configureGrid() {
        grid.setId("deleg-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Grant::agentCode).setHeader(getTranslation("delegation.field.agentCode")).setKey("agentCode")
                .setAutoWidth(true);
        grid.addColumn(Grant::agentCreditCode).setHeader(getTranslation("delegation.field.agentCreditCode"))
                .setKey("agentCreditCode").setAutoWidth(true);
        grid.addColumn(Grant::agentName).setHeader(getTranslation("delegation.field.agentName")).setKey("agentName")
                .setFlexGrow(2);
        Texts.grantColumns(grid);
        grid.addColumn(g -> TimeDisplay.date(g.grantedOn())).setHeader(getTranslation("delegation.field.grantedOn"))
                .setKey("grantedOn").setAutoWidth(true);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
    }

    /** The card's enterprise as the granting one, and its grants; an operator card is refused by the server. */
    private void showCard() {
        CardMedium c = card.getValue();
        Enterprise e = c == null ? null : registry.lookup(c.enterpriseCode()).orElse(null);
        grantorCode.setValue(c == null ? "" : c.enterpriseCode());
        grantorCreditCode.setValue(e == null || e.getCreditCode() == null ? "" : e.getCreditCode());
        grantorName.setValue(e == null || e.getName() == null ? "" : e.getName());
        newGrant();
        refresh();
    }

    private void refresh() {
        grid.setItems(card.load(no -> service.given(CurrentUser.get(), no),
                List.of(add, save, delete, agentCode, validFrom, validTo, subsystem, kind)));
    }

    /** 新增: the agent, period and subsystem cleared, 操作权, 授权日期 today. */
    private void newGrant() {
        editing = null;
        grid.asSingleSelect().clear();
        agentCode.clear();
        agentCreditCode.clear();
        agentName.clear();
        validFrom.clear();
        validTo.clear();
        subsystem.clear();
        kind.setValue(GrantKind.OPERATE);
        grantedOn.setValue(TimeDisplay.date(LocalDate.now(zone)));
        agentCode.focus();
    }

    private void show(Grant g) {
        editing = g;
        agentCode.setValue(g.agentCode());
        agentCreditCode.setValue(nonNull(g.agentCreditCode()));
        agentName.setValue(nonNull(g.agentName()));
        validFrom.setValue(g.validFrom());
        validTo.setValue(g.validTo());
        subsystem.setValue(g.subsystem());
        kind.setValue(g.kind());
        grantedOn.setValue(TimeDisplay.date(g.grantedOn()));
    }

    /** 代理企业编号 → its 社会信用代码 and name from the enterprise registry. */
    private void fillAgent() {
        String code = agentCode.getValue() == null ? "" : agentCode.getValue().trim();
        Enterprise e = registry.lookup(code).orElse(null);
        agentCreditCode.setValue(e == null || e.getCreditCode() == null ? "" : e.getCreditCode());
        agentName.setValue(e == null || e.getName() == null ? "" : e.getName());
    }

    private void save() {
        Grant in = Grant.input(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(),
                agentCode.getValue(), subsystem.getValue(), kind.getValue(), validFrom.getValue(), validTo.getValue());
        try {
            Grant saved = service.save(CurrentUser.get(), card.cardNo(), in);
            Problems.success(getTranslation("delegation.saved"));
            refresh();
            grid.select(saved);
        } catch (RuleViolation v) {
            Problems.show(v, Map.of("agentCode", agentCode, "validFrom", validFrom, "validTo", validTo,
                    "subsystem", subsystem, "kind", kind));
        }
    }

    private void confirmDelete() {
        Grant g = grid.asSingleSelect().getValue();
        if (g == null) {
            Problems.error(getTranslation("delegation.chooseOne"));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("delegation.delete"),
                getTranslation("delegation.delete.confirm", g.agentCode(), getTranslation(g.subsystem().key())),
                getTranslation("delegation.ok"), e -> {
                    try {
                        service.delete(CurrentUser.get(), card.cardNo(), g.id(), g.version());
                        Problems.success(getTranslation("delegation.deleted"));
                        newGrant();
                        refresh();
                    } catch (RuleViolation v) {
                        Problems.error(v.getMessage(getLocale()));
                    }
                }, getTranslation("delegation.cancel"), e -> { });
        confirm.setId("deleg-delete-confirm");
        confirm.open();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
