package org.tongguan.signing.sm2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.ValidationException;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.customs.CardAuthority;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestPolicy;

class SoftwareCardAuthorityTest {
    private static final UserContext CLERK = UserContext.user(7, "clerk");
    private static final UserContext ADMIN = UserContext.user(1, "admin");
    private static final String PIN = "20240601";

    @TempDir
    Path dir;
    private final CollectedAudit audit = new CollectedAudit();

    private CardAuthority authority(String... granted) {
        return authority(granted(granted), audit);
    }

    /** Both users of these tests hold the permissions. */
    private static TestPolicy granted(String... permissions) {
        return new TestPolicy().grant(ADMIN, Set.of(permissions), Set.of()).grant(CLERK, Set.of(permissions), Set.of());
    }

    private CardAuthority authority(TestPolicy policy, AuditLog log) {
        return new SoftwareCardAuthority(policy, log, new SoftwareCardSigner(dir.resolve("cards")));
    }

    private List<String> files() throws IOException {
        Path cards = dir.resolve("cards");
        if (!Files.exists(cards)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cards)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aUserWithoutTheCardPermissionIsRefusedAndNothingIsWritten() throws IOException {
        CardAuthority authority = authority(Permissions.ADMIN_USERS, Permissions.ENTERPRISE_VIEW);

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> authority.issue(CLERK,
                "2100040033809", CardType.OPERATOR, "3316960ABC", "张三", PIN.toCharArray()));

        assertEquals(Permissions.ADMIN_CARDS, e.permission());
        assertEquals(Refusal.PERMISSION, e.refusal());
        assertTrue(e.getMessage().contains("clerk"), e.getMessage());
        assertEquals(List.of(), files());
        assertEquals(List.of(), audit.entries);
    }

    @Test
    void anAdministratorIssuesACardAndOneAuditLineWithoutThePinIsRecorded() throws IOException {
        SoftwareCardSigner signer = new SoftwareCardSigner(dir.resolve("cards"));
        CardAuthority authority = new SoftwareCardAuthority(granted(Permissions.ADMIN_CARDS), audit, signer);

        CardMedium card = authority.issue(ADMIN, "2100040033809", CardType.LEGAL_PERSON, "3316960ABC", " 张三 ",
                PIN.toCharArray());

        assertEquals("2100040033809 法人卡 3316960ABC 张三", card.label(Messages.DEFAULT_LOCALE));
        assertEquals("2100040033809 Legal-person card 3316960ABC 张三", card.label(Locale.ENGLISH));
        assertEquals(List.of("2100040033809.cer", "2100040033809.p12"), files());
        // the software signer of the same folder lists the card and signs with it
        assertEquals(List.of("2100040033809"), signer.cards().stream().map(CardMedium::cardNo).toList());
        byte[] data = {4, 2};
        assertTrue(signer.verify(card.certificate(), data, signer.sign("2100040033809", PIN.toCharArray(), data)));

        assertEquals(1, audit.entries.size());
        AuditEntry entry = audit.entries.get(0);
        assertEquals("admin", entry.getActor());
        assertEquals(AuditAction.CREATE.name(), entry.getAction());
        assertEquals("card", entry.getRecordType());
        assertEquals("2100040033809", entry.getRecordId());
        assertEquals("3316960ABC", entry.getEnterpriseCode(), "the card's enterprise, for the audit page's filter");
        assertNull(entry.getOldValue());
        assertEquals("LEGAL_PERSON/3316960ABC/张三", entry.getNewValue());
        assertFalse(entry.getNewValue().contains(PIN));
    }

    @Test
    void everyPermissionIncludesIssuingCards() throws IOException {
        authority(Permissions.ALL).issue(ADMIN, "ABCD1234", CardType.OPERATOR, "3316960ABC", "李四",
                PIN.toCharArray());
        assertEquals(List.of("ABCD1234.cer", "ABCD1234.p12"), files());
        assertEquals(1, audit.entries.size());
    }

    @Test
    void aBrokenRuleNamesItsFieldAndWritesNothing() throws IOException {
        CardAuthority authority = authority(Permissions.ADMIN_CARDS);
        assertField("cardNo", "signing.cardNo.format", () -> authority.issue(ADMIN, "12-34", CardType.OPERATOR,
                "3316960ABC", "张三", PIN.toCharArray()));
        assertField("type", "signing.cardType.invalid", () -> authority.issue(ADMIN, "2100040033809", null,
                "3316960ABC", "张三", PIN.toCharArray()));
        assertField("enterpriseCode", "signing.enterpriseCode.format", () -> authority.issue(ADMIN,
                "2100040033809", CardType.OPERATOR, "3316960abc", "张三", PIN.toCharArray()));
        assertField("holderName", "signing.holderName.format", () -> authority.issue(ADMIN, "2100040033809",
                CardType.OPERATOR, "3316960ABC", " ", PIN.toCharArray()));
        assertField("pin", "signing.pin.format", () -> authority.issue(ADMIN, "2100040033809", CardType.OPERATOR,
                "3316960ABC", "张三", "12345".toCharArray()));
        assertEquals(List.of(), audit.entries);
        assertEquals(List.of(), files());

        authority.issue(ADMIN, "2100040033809", CardType.OPERATOR, "3316960ABC", "张三", PIN.toCharArray());
        ValidationException twice = assertField("cardNo", "signing.cardExists", () -> authority.issue(ADMIN,
                "2100040033809", CardType.LEGAL_PERSON, "4403180XYZ", "李四", PIN.toCharArray()));
        assertEquals("卡号 2100040033809 已有卡介质，不能重复制卡", twice.getMessage());
        assertEquals(1, audit.entries.size());
    }

    @Test
    void noCardIsLeftWhenItsAuditLineCannotBeWritten() throws IOException {
        IllegalStateException down = new IllegalStateException("database down");
        CardAuthority authority = authority(granted(Permissions.ADMIN_CARDS), new FailingAudit(down));

        assertSame(down, assertThrows(IllegalStateException.class, () -> authority.issue(ADMIN, "2100040033809",
                CardType.OPERATOR, "3316960ABC", "张三", PIN.toCharArray())));
        assertEquals(List.of(), files());
    }

    private static ValidationException assertField(String field, String key,
            org.junit.jupiter.api.function.Executable issuing) {
        ValidationException e = assertThrows(ValidationException.class, issuing);
        assertEquals(key, e.key());
        List<FieldError> errors = e.errors();
        assertEquals(1, errors.size());
        assertEquals(field, errors.get(0).field());
        assertEquals(key, errors.get(0).key());
        return e;
    }

    /** An audit log whose database is down. */
    private static final class FailingAudit implements AuditLog {
        private final RuntimeException failure;

        FailingAudit(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void record(UserContext who, AuditAction action, String recordType, String recordId,
                String enterpriseCode, Object oldValue, Object newValue) {
            throw failure;
        }

        @Override
        public List<AuditEntry> find(UserContext who, AuditQuery query, int offset, int limit) {
            return List.of();
        }

        @Override
        public long count(UserContext who, AuditQuery query) {
            return 0;
        }
    }
}
