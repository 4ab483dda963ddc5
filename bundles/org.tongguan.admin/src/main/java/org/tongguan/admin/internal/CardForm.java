package org.tongguan.admin.internal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.shell.FormField;
import org.tongguan.shell.Problems;

/**
 * Issue one software card: number, type, enterprise, holder, PIN typed twice. The fields are named as the
 * {@link org.tongguan.core.customs.CardAuthority}'s field errors name them, so a broken rule shows at its field.
 */
class CardForm extends FormLayout {
    /** What the administrator asked for; the PIN is cleared by the caller once used. */
    record Request(String cardNo, CardType type, String enterpriseCode, String holderName, char[] pin) {
    }

    static final int PIN_MAX = 8;
    private final TextField cardNo = textField("cardNo", 32);
    private final Select<CardType> type = new Select<>();
    private final ComboBox<String> enterpriseCode = new ComboBox<>(getTranslation("admin.cards.field.enterpriseCode"));
    private final TextField holderName = textField("holderName", 64);
    private final PasswordField pin = pinField("pin", "card-pin");
    private final PasswordField pinRepeat = pinField("pinRepeat", "card-pin-repeat");
    private final Map<String, HasValidation> fields = Map.of("cardNo", cardNo, "type", type,
            "enterpriseCode", enterpriseCode, "holderName", holderName, "pin", pin);
    private final Map<String, String> enterpriseNames = new LinkedHashMap<>();

    CardForm(Consumer<Request> onIssue, Runnable onCancel) {
        setId("card-form");
        addClassName("tg-form");
        configureChoices();

        Button save = new Button(getTranslation("admin.cards.save"), e -> submit(onIssue));
        save.setId("card-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in a text field issues; in the choice fields it picks an item
        save.addClickShortcut(Key.ENTER).listenOn(cardNo, holderName, pin, pinRepeat);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> onCancel.run());
        cancel.setId("card-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setWrap(true);
        add(new H3(getTranslation("admin.cards.issue")), cardNo, type, enterpriseCode, holderName, pin, pinRepeat,
                buttons);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    private TextField textField(String property, int max) {
        return FormField.text(getTranslation("admin.cards.field." + property), "card-" + property, max, true);
    }

    private PasswordField pinField(String property, String id) {
        PasswordField f = new PasswordField(getTranslation("admin.cards.field." + property));
        f.setId(id);
        f.setMaxLength(PIN_MAX);
        f.setRequiredIndicatorVisible(true);
        f.setWidthFull();
        return f;
    }

    private void configureChoices() {
        type.setId("card-type");
        type.setLabel(getTranslation("admin.cards.field.type"));
        type.setItems(CardType.values());
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        type.setRequiredIndicatorVisible(true);
        type.setWidthFull();
        pin.setHelperText(getTranslation("admin.cards.pin.helper"));

        enterpriseCode.setId("card-enterpriseCode");
        enterpriseCode.setRequiredIndicatorVisible(true);
        enterpriseCode.setWidthFull();
        enterpriseCode.setItemLabelGenerator(code -> {
            String name = enterpriseNames.get(code);
            return name == null ? code : code + " " + name;
        });
        // a code not in the registry list (or no list at all): typed in, as customs codes are written
        enterpriseCode.setAllowCustomValue(true);
        enterpriseCode.addCustomValueSetListener(e -> {
            String code = e.getDetail().strip().toUpperCase(Locale.ROOT);
            TreeSet<String> codes = new TreeSet<>(enterpriseNames.keySet());
            codes.add(code);
            enterpriseCode.setItems(codes);
            enterpriseCode.setValue(code);
        });
    }

    /** The enterprises to choose from, by customs code. */
    void setChoices(List<Enterprise> allEnterprises) {
        enterpriseNames.clear();
        allEnterprises.forEach(e -> enterpriseNames.put(e.getCustomsCode(), e.getName()));
        enterpriseCode.setItems(new TreeSet<>(enterpriseNames.keySet()));
    }

    /** Empties every field, the PINs first, ready for the next card. */
    void clear() {
        pin.clear();
        pinRepeat.clear();
        cardNo.clear();
        type.clear();
        enterpriseCode.clear();
        holderName.clear();
        fields.values().forEach(f -> f.setInvalid(false));
        pinRepeat.setInvalid(false);
        cardNo.focus();
    }

    private void submit(Consumer<Request> onIssue) {
        fields.values().forEach(f -> f.setInvalid(false));
        pinRepeat.setInvalid(false);
        if (!pin.getValue().equals(pinRepeat.getValue())) {
            pinRepeat.setErrorMessage(getTranslation("admin.cards.pinMismatch"));
            pinRepeat.setInvalid(true);
            pinRepeat.focus();
            return;
        }
        onIssue.accept(new Request(cardNo.getValue().strip(), type.getValue(), enterpriseCode.getValue(),
                holderName.getValue(), pin.getValue().toCharArray()));
    }

    void showProblem(RuleViolation v) {
        pinRepeat.setInvalid(false);
        Problems.show(v, fields);
    }
}
