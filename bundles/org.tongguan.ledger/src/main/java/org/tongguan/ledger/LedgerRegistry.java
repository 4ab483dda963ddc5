package org.tongguan.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;

/**
 * Which book keeps a ledger: the {@link MovementBook} registered for the kind of its number (its first letter). A
 * book installed or removed at run time is found or forgotten at once. Its default methods are what every document
 * that moves a ledger does with it (核注清单 now; 业务申报表, 出入库单, 核放单 next): find the ledger its header names, check
 * that its rows fit, and move the balances as the document goes.
 */
@ProviderType
public interface LedgerRegistry {
    /** The book that keeps ledgers of that number's kind; empty for a blank number or a kind no installed book keeps. */
    Optional<MovementBook> book(String emsNo);

    /** The approved ledger of that number, from the book of its kind. */
    default Optional<Ledger> ledger(String emsNo) {
        return book(emsNo).flatMap(b -> b.ledger(emsNo));
    }

    /**
     * The approved ledger a document's header names in {@code field}, whose enterprise becomes the document's 经营企业
     * ({@code bizopEtpsno}, {@code bizopEtpsNm}); a number of no approved ledger is an error on the field.
     */
    default Optional<Ledger> owner(Map<String, String> header, String field, Validator v) {
        String number = header.get(field);
        if (number == null) {
            return Optional.empty();
        }
        Optional<Ledger> ledger = ledger(number);
        if (ledger.isEmpty()) {
            v.error(field, LedgerTexts.MESSAGES, "ledger.number.unknown", number);
        } else {
            header.put("bizopEtpsno", ledger.get().enterpriseCode());
            if (ledger.get().enterpriseName() != null) {
                header.put("bizopEtpsNm", ledger.get().enterpriseName());
            }
        }
        return ledger;
    }

    /** Each row the list would take below zero, as an error on {@code field}: the row, its 余量 and the shortfall. */
    default void checkFits(ListMovements list, Validator v, String field) {
        List<Shortfall> shortfalls = book(list.emsNo()).map(b -> b.shortfalls(list)).orElse(List.of());
        for (Shortfall s : shortfalls) {
            v.error(field, LedgerTexts.MESSAGES, "ledger.shortfall", new Messages.Key(s.mark().messageKey()),
                    Long.toString(s.seqNo()), s.mtno(), s.name() == null ? "" : s.name(),
                    LedgerTexts.plain(s.balance()), LedgerTexts.plain(s.demand()), LedgerTexts.plain(s.shortfall()));
        }
    }

    /**
     * The ledger's balances follow a list document (from its {@code after} hook, in its transaction): held at 申报
     * (and at 重新发送 of a 申报失败 list), 预核扣 at approval, 已核扣 at release, freed when returned or not sent.
     *
     * @param listNo the number customs gave the list, if any
     * @param movements what the list does to the ledger, once its header and rows say it
     */
    default void follow(String emsNo, long listId, String listNo, DocumentEvent event, DocumentState from,
            Supplier<Optional<ListMovements>> movements) {
        Optional<MovementBook> found = book(emsNo);
        if (found.isEmpty()) {
            return;
        }
        MovementBook book = found.get();
        switch (event) {
            case DECLARE -> movements.get().ifPresent(book::declare);
            case RESEND -> { // a 申报失败 list freed its quantities: on its way again, it holds them again
                if (from == DocumentState.DECLARE_FAILED) {
                    movements.get().ifPresent(book::declare);
                }
            }
            case APPROVE -> book.approve(listId, listNo);
            case RELEASE -> book.release(listId);
            case RETURN, SEND_FAILED -> book.withdraw(listId);
            default -> {
                // 入库成功 and 转人工 change nothing in the ledger: the list still waits for customs
            }
        }
    }
}
