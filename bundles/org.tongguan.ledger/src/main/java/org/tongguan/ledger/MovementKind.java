package org.tongguan.ledger;

import java.util.Map;
import java.util.Optional;

/**
 * What a 核注清单 row does to a ledger balance, decided by the list's 监管方式, its direction (进口 I / 出口 E) and
 * whether the row is a 料件 or a 成品. The balance of a 料件 is
 * {@code 进口 + 结转转入 − 复出 − 成品折料 − 内销 − 结转转出 − 边角料}; the balance of a 成品 is
 * {@code 备案数量 + 退换进口 − 出口 − 退换复出}; 成品折料 of a 料件 is the sum over the exports of 成品 of
 * {@code 数量 × 单耗 × 保税料件比例 / 100} of the 成品's BOM rows of that 料件.
 *
 * <table>
 * <caption>监管方式 → movement</caption>
 * <tr><th>监管方式</th><th>进口 I</th><th>出口 E</th></tr>
 * <tr><td>0214 来料加工, 0615 进料对口, 0715 进料非对口, 0255 来料深加工, 0654 进料深加工</td><td>料件:
 * {@link #IMPORT}</td><td>成品: {@link #EXPORT}</td></tr>
 * <tr><td>0265 来料料件复出, 0664 进料料件复出</td><td>—</td><td>料件: {@link #REEXPORT}</td></tr>
 * <tr><td>0300 来料料件退换, 0700 进料料件退换</td><td>料件: {@link #IMPORT}</td><td>料件: {@link #REEXPORT}</td></tr>
 * <tr><td>0245 来料料件内销, 0644 进料料件内销</td><td>料件: {@link #DOMESTIC}</td><td>—</td></tr>
 * <tr><td>0258 来料余料结转, 0657 进料余料结转</td><td>料件: {@link #TRANSFER_IN}</td><td>料件:
 * {@link #TRANSFER_OUT}</td></tr>
 * <tr><td>0844 进料边角料内销, 0845 来料边角料内销</td><td>料件: {@link #SCRAP}</td><td>—</td></tr>
 * <tr><td>0864 进料边角料复出, 0865 来料边角料复出</td><td>—</td><td>料件: {@link #SCRAP}</td></tr>
 * <tr><td>4400 来料成品退换, 4600 进料成品退换</td><td>成品: {@link #RETURN_IN}</td><td>成品:
 * {@link #RETURN_OUT}</td></tr>
 * </table>
 * Any other combination is refused: the list cannot be filed under a 加工贸易账册 that way. A 物流账册 moves by
 * {@link #STORE_IN} and {@link #STORE_OUT}, as its book decides ({@link MovementBook#movement}).
 */
public enum MovementKind {
    /** 进口 of a 料件 (also 退换进口): adds to its balance. */
    IMPORT(Mark.I, 1),
    /** 出口 of a 成品: takes from the 成品's balance and, through its BOM, from the 料件 (成品折料). */
    EXPORT(Mark.E, -1),
    /** 复出 (also 退换出口) of a 料件. */
    REEXPORT(Mark.I, -1),
    /** 内销 of a 料件. */
    DOMESTIC(Mark.I, -1),
    /** 余料结转 into this ledger. */
    TRANSFER_IN(Mark.I, 1),
    /** 余料结转 to another ledger. */
    TRANSFER_OUT(Mark.I, -1),
    /** 边角料 sold or shipped out. */
    SCRAP(Mark.I, -1),
    /** 成品退换 returned (进口): adds to the 成品's balance, no material. */
    RETURN_IN(Mark.E, 1),
    /** 成品退换 shipped again (出口): takes from the 成品's balance, no material. */
    RETURN_OUT(Mark.E, -1),
    /** 入仓 (进) of a 物流账册's 商品. */
    STORE_IN(Mark.I, 1),
    /** 出仓 (出) of a 物流账册's 商品. */
    STORE_OUT(Mark.I, -1);

    private static final Map<String, MovementKind[]> BY_MODE = Map.ofEntries(
            // {I of 料件, E of 料件, I of 成品, E of 成品}
            Map.entry("0214", new MovementKind[] {IMPORT, null, null, EXPORT}),
            Map.entry("0615", new MovementKind[] {IMPORT, null, null, EXPORT}),
            Map.entry("0715", new MovementKind[] {IMPORT, null, null, EXPORT}),
            Map.entry("0255", new MovementKind[] {IMPORT, null, null, EXPORT}),
            Map.entry("0654", new MovementKind[] {IMPORT, null, null, EXPORT}),
            Map.entry("0265", new MovementKind[] {null, REEXPORT, null, null}),
            Map.entry("0664", new MovementKind[] {null, REEXPORT, null, null}),
            Map.entry("0300", new MovementKind[] {IMPORT, REEXPORT, null, null}),
            Map.entry("0700", new MovementKind[] {IMPORT, REEXPORT, null, null}),
            Map.entry("0245", new MovementKind[] {DOMESTIC, null, null, null}),
            Map.entry("0644", new MovementKind[] {DOMESTIC, null, null, null}),
            Map.entry("0258", new MovementKind[] {TRANSFER_IN, TRANSFER_OUT, null, null}),
            Map.entry("0657", new MovementKind[] {TRANSFER_IN, TRANSFER_OUT, null, null}),
            Map.entry("0844", new MovementKind[] {SCRAP, null, null, null}),
            Map.entry("0845", new MovementKind[] {SCRAP, null, null, null}),
            Map.entry("0864", new MovementKind[] {null, SCRAP, null, null}),
            Map.entry("0865", new MovementKind[] {null, SCRAP, null, null}),
            Map.entry("4400", new MovementKind[] {null, null, RETURN_IN, RETURN_OUT}),
            Map.entry("4600", new MovementKind[] {null, null, RETURN_IN, RETURN_OUT}));

    private final Mark mark;
    private final int sign;

    MovementKind(Mark mark, int sign) {
        this.mark = mark;
        this.sign = sign;
    }

    /** Whether it moves 料件 or 成品 rows. */
    public Mark mark() {
        return mark;
    }

    /** +1 when it adds to the row's balance, −1 when it takes from it. */
    public int sign() {
        return sign;
    }

    /**
     * The movement of a list's rows, or empty when the 监管方式 cannot be used that way.
     *
     * @param supvModecd the 4-digit 监管方式
     * @param impexpMarkcd I 进口 or E 出口
     * @param mark the list's 料件成品标记
     */
    public static Optional<MovementKind> of(String supvModecd, String impexpMarkcd, Mark mark) {
        MovementKind[] kinds = supvModecd == null ? null : BY_MODE.get(supvModecd);
        if (kinds == null || mark == null || !("I".equals(impexpMarkcd) || "E".equals(impexpMarkcd))) {
            return Optional.empty();
        }
        int i = (mark == Mark.I ? 0 : 2) + ("I".equals(impexpMarkcd) ? 0 : 1);
        return Optional.ofNullable(kinds[i]);
    }

    /** Key of the movement's name (进口, 出口, 复出 …) in the ledger area's texts. */
    public String messageKey() {
        return "movement." + name();
    }
}
