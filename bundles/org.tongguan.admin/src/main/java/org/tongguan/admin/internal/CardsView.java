package org.tongguan.admin.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardAuthority;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.MasterDetail;
import org.tongguan.shell.Problems;
import org.tongguan.shell.SearchField;

/** 卡介质: the cards the signer can sign with; a form to issue a software card of the embedded install. */
public class CardsView extends VerticalLayout {
    private final Signer signer;
    private final CardAuthority authority;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;
    private final TimeDisplay time;
    private final Grid<CardMedium> grid = new Grid<>(CardMedium.class, false);
    private final SearchField filter = new SearchField("card-filter", getTranslation("admin.cards.filter"),
            this::showFiltered);
    private final CardForm form;
    private List<CardMedium> all = List.of();

    public CardsView(Signer signer, CardAuthority authority, EnterpriseRegistry enterprises, AccessPolicy policy,
            TimeDisplay time) {
        this.signer = signer;
        this.time = time;
        this.authority = authority;
        this.enterprises = enterprises;
        this.policy = policy;
        this.form = new CardForm(this::issue, this::closeForm);
        addClassName("tg-cards-view");
        setSizeFull();
        configureGrid();
        Paragraph hint = new Paragraph(getTranslation("admin.cards.hint"));
        hint.addClassName("tg-hint");
        add(new H2(getTranslation("admin.cards.title")), hint, toolbar(), new MasterDetail(grid, form));
        closeForm();
        refresh();
    }

    private void configureGrid() {
        grid.setId("card-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(CardMedium::cardNo).setHeader(getTranslation("admin.cards.field.cardNo"))
                .setKey("cardNo").setAutoWidth(true).setSortable(true);
        grid.addColumn(c -> c.type().name(getLocale())).setHeader(getTranslation("admin.cards.field.type"))
                .setKey("type").setAutoWidth(true).setSortable(true);
        grid.addColumn(CardMedium::enterpriseCode).setHeader(getTranslation("admin.cards.field.enterpriseCode"))
                .setKey("enterpriseCode").setAutoWidth(true).setSortable(true);
        grid.addColumn(CardMedium::holderName).setHeader(getTranslation("admin.cards.field.holderName"))
                .setKey("holderName").setFlexGrow(1).setSortable(true);
        grid.addColumn(c -> time.date(c.certificate().getNotAfter().toInstant()))
                .setHeader(getTranslation("admin.cards.field.notAfter")).setKey("notAfter").setAutoWidth(true)
                .setSortable(true);
        grid.setSizeFull();
    }

    private HorizontalLayout toolbar() {
        Button issue = new Button(getTranslation("admin.cards.issue"), VaadinIcon.PLUS.create(), e -> openForm());
        issue.setId("card-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(filter, issue);
        bar.addClassName("tg-toolbar");
        return bar;
    }

    /** Reloads the cards from the signer and the enterprises to choose from. */
    private void refresh() {
        // an administrator of cards only, who may not see the registry, types the customs code
        boolean mayListEnterprises = policy.permits(CurrentUser.get(), Permissions.ENTERPRISE_VIEW);
        form.setChoices(mayListEnterprises ? enterprises.list(CurrentUser.get(), "") : List.of());
        all = signer.cards();
        showFiltered();
    }

    private void showFiltered() {
        String f = filter.getValue() == null ? "" : filter.getValue().trim().toLowerCase(Locale.ROOT);
        List<CardMedium> shown = new ArrayList<>();
        for (CardMedium c : all) {
            if (f.isEmpty() || contains(c.cardNo(), f) || contains(c.enterpriseCode(), f)
                    || contains(c.holderName(), f)) {
                shown.add(c);
            }
        }
        grid.setItems(shown);
    }

    private static boolean contains(String value, String lowerCaseFilter) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseFilter);
    }

    private void openForm() {
        form.clear();
        form.setVisible(true);
    }

    private void closeForm() {
        form.clear();
        form.setVisible(false);
    }

    private void issue(CardForm.Request r) {
        try {
            CardMedium card = authority.issue(CurrentUser.get(), r.cardNo(), r.type(), r.enterpriseCode(),
                    r.holderName(), r.pin());
            Problems.success(getTranslation("admin.cards.issued", card.label(getLocale())));
            closeForm();
            refresh();
            if (grid.getListDataView().contains(card)) {
                grid.select(card);
            }
        } catch (RuleViolation v) {
            form.showProblem(v);
        } finally {
            Arrays.fill(r.pin(), '\0');
        }
    }
}
