package org.tongguan.admin.internal;

import org.tongguan.core.customs.CardMedium;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserAccount;
import org.tongguan.shell.FormField;
import org.tongguan.shell.Problems;

/** Add or change one user: name, roles, enterprises, enabled; for an existing one also reset password and unlock. */
class UserForm extends FormLayout {
    private final TextField username = textField("username", 40);
    private final TextField displayName = textField("displayName", 60);
    private final CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("admin.users.field.roles"));
    private final MultiSelectComboBox<String> enterprises =
            new MultiSelectComboBox<>(getTranslation("admin.users.field.enterprises"));
    private final MultiSelectComboBox<String> cards =
            new MultiSelectComboBox<>(getTranslation("admin.users.field.cards"));
    private final Select<String> language = new Select<>();
    private final Checkbox enabled = new Checkbox(getTranslation("admin.users.field.enabled"));
    private final Button resetPassword = new Button(getTranslation("admin.users.resetPassword"));
    private final Button unlock = new Button(getTranslation("admin.users.unlock"));
    private final H3 title = new H3();
    private final Binder<UserAccount> binder = new Binder<>(UserAccount.class);
    private final Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
            "roles", roles, "locale", language, "cards", cards);
    private final Map<String, String> roleNames = new LinkedHashMap<>();
    private final Map<String, String> enterpriseNames = new LinkedHashMap<>();
    private final Map<String, String> cardLabels = new LinkedHashMap<>();
    private UserAccount editing;
    /** The languages a user may be given, as {@code UserAccount.locale} stores them. */
    private static final List<String> LOCALES = List.of("zh_CN", "en");

    UserForm(Consumer<UserAccount> onSave, Consumer<UserAccount> onResetPassword, Consumer<UserAccount> onUnlock,
            Runnable onCancel) {
        setId("user-form");
        addClassName("tg-form");
        configureChoices();
        binder.bind(username, UserAccount::getUsername, UserAccount::setUsername);
        binder.bind(displayName, UserAccount::getDisplayName, UserAccount::setDisplayName);
        binder.bind(roles, u -> Set.copyOf(u.getRoles()), (u, v) -> u.setRoles(new HashSet<>(v)));
        binder.bind(enterprises, u -> Set.copyOf(u.getEnterprises()), (u, v) -> u.setEnterprises(new HashSet<>(v)));
        binder.bind(cards, u -> Set.copyOf(u.getCards()), (u, v) -> u.setCards(new HashSet<>(v)));
        binder.bind(language, UserAccount::getLocale, UserAccount::setLocale);
        binder.bind(enabled, UserAccount::isEnabled, UserAccount::setEnabled);

        Button save = new Button(getTranslation("admin.save"), e -> {
            binder.writeBeanIfValid(editing);
            onSave.accept(editing);
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in a text field saves; in the choice fields it picks an item
        save.addClickShortcut(Key.ENTER).listenOn(username, displayName);
        resetPassword.setId("user-reset-password");
        resetPassword.addClickListener(e -> onResetPassword.accept(editing));
        unlock.setId("user-unlock");
        unlock.addClickListener(e -> onUnlock.accept(editing));
        Button cancel = new Button(getTranslation("admin.cancel"), e -> onCancel.run());
        cancel.setId("user-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        HorizontalLayout buttons = new HorizontalLayout(save, resetPassword, unlock, cancel);
        buttons.setWrap(true);
        add(title, username, displayName, roles, enterprises, cards, language, enabled, buttons);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    private TextField textField(String property, int max) {
        return FormField.text(getTranslation("admin.users.field." + property), "user-" + property, max, true);
    }

    private void configureChoices() {
        roles.setId("user-roles");
        roles.setItemLabelGenerator(code -> roleNames.getOrDefault(code, code));
        enterprises.setId("user-enterprises");
        enterprises.setWidthFull();
        enterprises.setItemLabelGenerator(code -> {
            String name = enterpriseNames.get(code);
            return name == null ? code : code + " " + name;
        });
        // the card media the person holds (法人卡, 操作员卡), e.g. an operator card 委托授权 names
        cards.setId("user-cards");
        cards.setWidthFull();
        cards.setItemLabelGenerator(no -> cardLabels.getOrDefault(no, no));
        // the language the user's pages speak; none: the browser's (中文 for a Chinese browser, else English)
        language.setId("user-locale");
        language.setLabel(getTranslation("admin.users.field.locale"));
        language.setItems(LOCALES);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("admin.users.locale.browser"));
        language.setItemLabelGenerator(code -> code == null ? getTranslation("admin.users.locale.browser")
                : getTranslation("admin.users.locale." + code));
        enabled.setId("user-enabled");
    }

    /** The roles, enterprises and card media to choose from; role names and card types in the UI language. */
    void setChoices(List<Role> allRoles, List<Enterprise> allEnterprises, List<CardMedium> allCards) {
        cardLabels.clear();
        allCards.forEach(c -> cardLabels.put(c.cardNo(), c.label(getLocale())));
        roleNames.clear();
        allRoles.forEach(r -> roleNames.put(r.getCode(), r.name(getLocale())));
        enterpriseNames.clear();
        allEnterprises.forEach(e -> enterpriseNames.put(e.getCustomsCode(), e.getName()));
    }

    /** Shows {@code u}; the caller hands a copy that may be changed (a new one when {@code u.getId()} is null). */
    void edit(UserAccount u) {
        editing = u;
        boolean isNew = u.getId() == null;
        title.setText(getTranslation(isNew ? "admin.users.add" : "admin.users.edit"));
        fields.values().forEach(f -> f.setInvalid(false));
        Set<String> roleCodes = new TreeSet<>(roleNames.keySet());
        roleCodes.addAll(u.getRoles());
        roles.setItems(roleCodes);
        Set<String> codes = new TreeSet<>(enterpriseNames.keySet());
        codes.addAll(u.getEnterprises());
        enterprises.setItems(codes);
        Set<String> cardNos = new TreeSet<>(cardLabels.keySet());
        cardNos.addAll(u.getCards());
        cards.setItems(cardNos);
        binder.readBean(u);
        username.setReadOnly(!isNew);
        resetPassword.setVisible(!isNew);
        unlock.setVisible(!isNew);
        unlock.setEnabled(!isNew && (u.getFailedAttempts() > 0
                || u.getLockedUntil() != null && u.getLockedUntil().isAfter(Instant.now())));
        (isNew ? username : displayName).focus();
    }

    void showProblem(RuleViolation v) {
        Problems.show(v, fields);
    }
}
