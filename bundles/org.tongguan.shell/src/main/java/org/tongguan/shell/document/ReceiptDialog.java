package org.tongguan.shell.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.time.TimeDisplay;

/** 查看回执: the latest receipt with its 检查信息, and the earlier ones below. */
class ReceiptDialog extends Dialog {
    ReceiptDialog(List<Receipt> receipts, TimeDisplay time) {
        setId("receipt-dialog");
        setHeaderTitle(getTranslation("doc.receipt.title"));
        setWidth("60em");
        // the newest customs receipt (approval, then release) speaks for the document, even when its import receipt
        // arrived after it
        Receipt latest = receipts.stream().filter(r -> r.kind() != Receipt.Kind.IMPORT).findFirst()
                .orElse(receipts.get(0));
        FormLayout head = new FormLayout();
        head.add(field("receipt-seqNo", "doc.receipt.seqNo", latest.seqNo()),
                field("receipt-businessNo", "doc.receipt.businessNo", latest.businessNo()),
                field("receipt-state", "doc.receipt.state", getTranslation("doc.state." + latest.state().name())),
                field("receipt-approvedAt", "doc.receipt.approvedAt",
                        time.dateTime(latest.approvedAt())),
                field("receipt-remark", "doc.receipt.remark", latest.remark()));
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        Grid<Receipt.Check> checks = new Grid<>();
        checks.setId("receipt-checks");
        checks.addThemeVariants(GridVariant.LUMO_COMPACT);
        List<Receipt.Check> lines = latest.checks();
        checks.addColumn(c -> lines.indexOf(c) + 1).setHeader(getTranslation("doc.receipt.no")).setWidth("5em")
                .setFlexGrow(0);
        checks.addColumn(Receipt.Check::toString).setHeader(getTranslation("doc.receipt.check")).setFlexGrow(1);
        checks.setItems(lines);
        checks.setAllRowsVisible(true);
        Grid<Receipt> history = new Grid<>();
        history.setId("receipt-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(r -> time.dateTime(r.receivedAt())).setHeader(getTranslation("doc.receipt.receivedAt"));
        history.addColumn(r -> getTranslation("doc.receipt.kind." + r.kind().name()))
                .setHeader(getTranslation("doc.receipt.kind"));
        history.addColumn(r -> getTranslation("doc.state." + r.state().name())).setHeader(getTranslation("doc.receipt.state"));
        history.addColumn(r -> r.checks().stream().map(Receipt.Check::toString).reduce((a, b) -> a + "；" + b).orElse(""))
                .setHeader(getTranslation("doc.receipt.check")).setFlexGrow(2);
        history.setItems(receipts);
        history.setAllRowsVisible(true);
        add(head, new H4(getTranslation("doc.receipt.checks")), checks, new H4(getTranslation("doc.receipt.history")),
                history);
        Button close = new Button(getTranslation("doc.close"), e -> close());
        close.setId("receipt-close");
        getFooter().add(close);
    }

    private TextField field(String id, String key, String value) {
        TextField t = new TextField(getTranslation(key));
        t.setId(id);
        t.setValue(value == null ? "" : value);
        t.setReadOnly(true);
        return t;
    }
}
