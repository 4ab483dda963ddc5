package org.tongguan.itest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 企业资质申请 drafts made through the Karaf console as a deployer scripts them: an enterprise, an operator card of it,
 * one application with its 料件 imported from an xlsx, and copies of it. For the runs that declare many documents from
 * the console (the benchmark, the crash test).
 */
final class Drafts {
    private Drafts() {
    }

    /**
     * {@code count} drafts of enterprise {@code code}, each with {@code items} 料件, declarable with card {@code card}
     * opened by {@code pin}.
     *
     * @param work a folder for the header and xlsx files the console reads
     */
    static void qyzz(Distribution karaf, Path work, String code, String card, String pin, int count, int items)
            throws Exception {
        String first17 = "91610131" + code.substring(0, 9);
        String credit = first17 + org.tongguan.core.enterprise.CreditCodes.checkCharacter(first17);
        work = work.toAbsolutePath(); // the console reads the files in the server, whose folder is its own
        Path header = work.resolve("qyzz-" + code + ".properties");
        Files.writeString(header, "bizopEtpsno=" + code + "\nrcvgdEtpsno=" + code + "\ndclEtpsno=" + code
                + "\nfinishValidDate=2030-12-31\nprdtCapaAmt=100\nmasterCuscd=9000\nqualTypecd=1\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Path xlsx = work.resolve("mtpck-" + code + ".xlsx");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            rows.add(List.of("", "BM-" + i, "4421100090", "木制衣架" + i, "", "007", "007", "", "4.5", "142", "" + i, "142"));
        }
        try (java.io.OutputStream out = Files.newOutputStream(xlsx)) {
            org.tongguan.core.io.Xlsx.write(out, "料件", List.of("序号", "料号", "商品编码", "商品名称", "规格型号",
                    "申报计量单位", "法定计量单位", "第二法定计量单位", "申报单价", "币制", "申报数量", "产销国(地区)"), rows);
        }
        expect(karaf.console("tongguan:enterprise-add " + code + " " + credit + " 通关测试企业" + code), "saved");
        expect(karaf.console("tongguan:card-issue " + card + " OPERATOR " + code + " 测试 " + pin), code);
        String created = expect(karaf.console("tongguan:doc-create --import mtpck=" + xlsx + " qyzz " + header),
                "imported " + items);
        String id = created.substring(created.indexOf("created ") + "created ".length()).split(" ")[0];
        if (count > 1) {
            expect(karaf.console("tongguan:doc-copy --times " + (count - 1) + " " + id), "copied");
        }
    }

    /** {@code output}, when it contains {@code part}; else the run stops, showing it. */
    static String expect(String output, String part) {
        if (!output.contains(part)) {
            throw new IllegalStateException("expected \"" + part + "\" in: " + output);
        }
        return output;
    }
}
