package org.tongguan.passport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;

/**
 * The weights of a 核放单 (DOMAIN-AREAS §3.1, §3.3): 车自重 above zero; 货物总毛重 and 总净重 above zero, the net not above
 * the gross (an 空车 carries none: both 0); 总重量 = 车自重 + 车架重 + 集装箱自重 + 货物总毛重 (PB-A
 * {@code countTotalWt}), computed when left blank and refused when it differs from that sum by more than
 * {@value #TOLERANCE_PERCENT} % of it. Customs weighs the vehicle at the gate anyway ({@code passCollectWt},
 * {@code wtError}); the public 出区 sample (Epassport.xml) declares 1825 for 1828.12 (0.17 %), so small differences are
 * what clerks send.
 */
final class Weights {
    static final String VEHICLE = "vehicleWt";
    static final String FRAME = "vehicleFrameWt";
    static final String CONTAINER = "containerWt";
    static final String GROSS = "totalGrossWt";
    static final String NET = "totalNetWt";
    static final String TOTAL = "totalWt";
    /** How far a declared 总重量 may differ from the sum, in percent of the sum. */
    static final String TOLERANCE_PERCENT = "0.5";
    private static final BigDecimal TOLERANCE = new BigDecimal(TOLERANCE_PERCENT).movePointLeft(2);

    private Weights() {
    }

    /**
     * Checks the header's weights and fills what the system computes: an 空车's goods weights (0) and a blank 总重量.
     *
     * @param empty whether the slip is an 空车进出区 (no goods)
     */
    static void check(Map<String, String> header, boolean empty, Validator v) {
        Messages m = PassportType.MESSAGES;
        BigDecimal vehicle = value(header, VEHICLE);
        if (vehicle != null && vehicle.signum() == 0) {
            v.error(VEHICLE, m, "passport.weight.positive", new Messages.Text(m, label(VEHICLE)), header.get(VEHICLE));
        }
        if (empty) {
            for (String key : new String[] {GROSS, NET}) {
                BigDecimal w = value(header, key);
                if (w == null) {
                    header.put(key, "0");
                } else if (w.signum() != 0) {
                    v.error(key, m, "passport.weight.empty", new Messages.Text(m, label(key)), header.get(key));
                }
            }
        } else {
            for (String key : new String[] {GROSS, NET}) {
                BigDecimal w = value(header, key);
                if (w == null) {
                    v.error(key, "field.required", new Messages.Text(m, label(key)));
                } else if (w.signum() == 0) {
                    v.error(key, m, "passport.weight.positive", new Messages.Text(m, label(key)), header.get(key));
                }
            }
            BigDecimal gross = value(header, GROSS);
            BigDecimal net = value(header, NET);
            if (gross != null && net != null && net.compareTo(gross) > 0) {
                v.error(NET, m, "passport.weight.netAboveGross", header.get(NET), header.get(GROSS));
            }
        }
        BigDecimal gross = value(header, GROSS);
        if (vehicle == null || gross == null) {
            return; // required, said above or by the field
        }
        BigDecimal sum = vehicle.add(zeroIfBlank(header, FRAME)).add(zeroIfBlank(header, CONTAINER)).add(gross);
        BigDecimal total = value(header, TOTAL);
        if (total == null) {
            header.put(TOTAL, plain(sum));
        } else if (total.subtract(sum).abs().compareTo(sum.multiply(TOLERANCE)) > 0) {
            v.error(TOTAL, m, "passport.totalWt.differs", header.get(TOTAL), plain(sum), header.get(VEHICLE),
                    plain(zeroIfBlank(header, FRAME)), plain(zeroIfBlank(header, CONTAINER)), header.get(GROSS),
                    TOLERANCE_PERCENT);
        }
    }

    /** A row's weights: above zero, the net not above the gross. */
    static void checkRow(Map<String, String> row, Validator v) {
        Messages m = PassportType.MESSAGES;
        for (String key : new String[] {"dclQty", "grossWt", "netWt"}) {
            BigDecimal w = value(row, key);
            if (w != null && w.signum() == 0) {
                v.error(key, m, "passport.item.positive", new Messages.Text(m, "passport.item." + key), row.get(key));
            }
        }
        BigDecimal gross = value(row, "grossWt");
        BigDecimal net = value(row, "netWt");
        if (gross != null && net != null && net.compareTo(gross) > 0) {
            v.error("netWt", m, "passport.weight.netAboveGross", row.get("netWt"), row.get("grossWt"));
        }
    }

    static String label(String key) {
        return "passport." + key;
    }

    private static BigDecimal value(Map<String, String> values, String key) {
        String s = values.get(key);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null; // the field's own rule said so
        }
    }

    private static BigDecimal zeroIfBlank(Map<String, String> values, String key) {
        BigDecimal v = value(values, key);
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
    }
}
