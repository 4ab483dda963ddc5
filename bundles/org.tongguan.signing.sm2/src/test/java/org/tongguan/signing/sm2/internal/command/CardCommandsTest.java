package org.tongguan.signing.sm2.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.testing.TestPolicy;
import org.tongguan.signing.sm2.internal.CollectedAudit;
import org.tongguan.signing.sm2.internal.SoftwareCardAuthority;
import org.tongguan.signing.sm2.internal.SoftwareCardSigner;

class CardCommandsTest {
    @TempDir
    Path dir;
    SoftwareCardSigner signer;
    private final CollectedAudit audit = new CollectedAudit();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream systemOut;

    @BeforeEach
    void captureOutput() {
        signer = new SoftwareCardSigner(dir);
        systemOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(systemOut);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Object issue(String cardNo, String type, String enterpriseCode, String holder, String pin)
            throws Exception {
        CardIssueCommand command = new CardIssueCommand();
        command.authority = new SoftwareCardAuthority(new TestPolicy(), audit, signer);
        command.signer = signer;
        command.cardNo = cardNo;
        command.type = type;
        command.enterpriseCode = enterpriseCode;
        command.holderName = holder;
        command.pin = pin;
        return command.execute();
    }

    @Test
    void cardIssueIssuesIntoTheSignersFolder() throws Exception {
        issue("2100040033809", "操作员卡", "3316960ABC", "张三", "123456");
        assertEquals("issued 2100040033809 操作员卡 3316960ABC 张三 in " + dir + System.lineSeparator(), printed());
        CardMedium card = signer.card("2100040033809").orElseThrow();
        assertEquals(CardType.OPERATOR, card.type());
        byte[] data = {1, 2, 3};
        assertTrue(signer.verify(card.certificate(), data, signer.sign("2100040033809", "123456".toCharArray(), data)));
        // through the card authority, as the console: the same audit line as from the web page
        assertEquals(1, audit.entries.size());
        AuditEntry entry = audit.entries.get(0);
        assertEquals(List.of("console", "CREATE", "card", "2100040033809", "OPERATOR/3316960ABC/张三"),
                List.of(entry.getActor(), entry.getAction(), entry.getRecordType(), entry.getRecordId(),
                        entry.getNewValue()));
    }

    @Test
    void aBrokenRuleFailsTheCommandWithTheClerksMessage() throws Exception {
        CommandException e = assertThrows(CommandException.class,
                () -> issue("2100040033809", "OPERATOR", "3316960ABC", "张三", "12345"));
        assertEquals("错误 / error: PIN 码应为 6 至 8 位数字", e.getMessage());
        e = assertThrows(CommandException.class, () -> issue("2100040033809", "ADMIN", "3316960ABC", "张三", "123456"));
        assertEquals("错误 / error: 卡类型应为 LEGAL_PERSON（法人卡）或 OPERATOR（操作员卡），不能是 ADMIN", e.getMessage());
        assertEquals(List.of(), signer.cards());
        assertEquals(List.of(), audit.entries);
    }

    @Test
    void cardListPrintsOneLinePerCard() throws Exception {
        issue("OP00000002", "OPERATOR", "3316960ABC", "张三", "123456");
        issue("LP00000001", "LEGAL_PERSON", "4403180XYZ", "李四", "654321");
        out.reset();
        CardListCommand list = new CardListCommand();
        list.signer = signer;
        list.time = new TimeDisplayImpl(ZoneId.of("Asia/Shanghai"));
        list.execute();
        List<String> lines = printed().lines().toList();
        assertEquals(2, lines.size(), printed());
        assertTrue(lines.get(0).startsWith("LP00000001\tLEGAL_PERSON\t法人卡\t4403180XYZ\t李四\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith("OP00000002\tOPERATOR\t操作员卡\t3316960ABC\t张三\t"), lines.get(1));
        assertTrue(lines.get(1).matches(".*\t\\d{4}-\\d{2}-\\d{2}"), "expiry date: " + lines.get(1));
    }
}
