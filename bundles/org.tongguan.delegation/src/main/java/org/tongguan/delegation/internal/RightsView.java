package org.tongguan.delegation.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.delegation.DelegationService;
import org.tongguan.delegation.OperatorRight;
import org.tongguan.delegation.Subsystem;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;

/**
 * 委托授权 › 查看操作员权限 (manual 004 §1.3): the card's enterprise's operators granted a subsystem, one row per
 * 企业内授权 (all operators: one row with no IC card number).
 */
final class RightsView extends VerticalLayout {
    private final DelegationService service;
    private final CardChoice card;
    private final ComboBox<Subsystem> subsystem = new ComboBox<>(getTranslation("delegation.field.subsystem"));
    private final Grid<OperatorRight> grid = new Grid<>();

    RightsView(DelegationService service, CardChoice.Source cards) {
        this.service = service;
        card = cards.choice("deleg-rights-card", c -> grid.setItems(java.util.List.of()));
        setSizeFull();
        addClassName("tg-delegation-rights");
        Texts.choices(subsystem, "deleg-rights-subsystem", Arrays.asList(Subsystem.values()), Subsystem::key);
        subsystem.setWidth("16em");
        subsystem.setClearButtonVisible(true);
        Button search = new Button(getTranslation("delegation.search"), e -> search());
        search.setId("deleg-rights-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout criteria = new HorizontalLayout(card, subsystem, search);
        criteria.setAlignItems(FlexComponent.Alignment.BASELINE);
        criteria.setWrap(true);
        grid.setId("deleg-rights-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.cardNo() == null ? "" : r.cardNo()).setHeader(getTranslation("delegation.field.cardNo"))
                .setKey("cardNo").setAutoWidth(true);
        grid.addColumn(OperatorRight::grantorCode).setHeader(getTranslation("delegation.field.grantorCode"))
                .setKey("grantorCode").setAutoWidth(true);
        grid.addColumn(OperatorRight::grantorName).setHeader(getTranslation("delegation.field.grantorName"))
                .setKey("grantorName").setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.subsystem().key())).setHeader(getTranslation("delegation.field.subsystem"))
                .setKey("subsystem").setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.kind().key())).setHeader(getTranslation("delegation.field.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(r -> TimeDisplay.date(r.validFrom())).setHeader(getTranslation("delegation.field.validFrom"))
                .setKey("validFrom").setAutoWidth(true);
        grid.addColumn(r -> TimeDisplay.date(r.validTo())).setHeader(getTranslation("delegation.field.validTo"))
                .setKey("validTo").setAutoWidth(true);
        grid.setSizeFull();
        add(new H2(getTranslation("delegation.rights.title")), criteria, grid);
        card.chooseFirst();
    }

    private void search() {
        if (card.getValue() == null) {
            Problems.error(getTranslation("delegation.card.noneHeld"));
            return;
        }
        try {
            grid.setItems(service.rights(CurrentUser.get(), card.cardNo(), subsystem.getValue()));
        } catch (RuleViolation v) {
            Problems.error(v.getMessage(getLocale()));
        }
    }
}
