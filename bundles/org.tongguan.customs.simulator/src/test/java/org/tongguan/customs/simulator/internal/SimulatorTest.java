package org.tongguan.customs.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.customs.simulator.internal.Exchange.qualification;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.CardAuthority;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.io.DataPaths;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;
import org.tongguan.customs.simulator.internal.command.SimulatorStatusCommandAccess;

/** The component with its own thread, as Karaf runs it. */
class SimulatorTest {
    @TempDir
    Path dir;

    private static Simulator.Config config(Exchange exchange) {
        return new Simulator.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Simulator.Config.class;
            }

            @Override
            public String root() {
                return exchange.root.toString();
            }

            @Override
            public long delayMillis() {
                return 300;
            }

            @Override
            public long pollMillis() {
                return 50;
            }

            @Override
            public String customsCardNo() {
                return Exchange.CUSTOMS_CARD;
            }

            @Override
            public String customsCardPin() {
                return Exchange.CUSTOMS_PIN;
            }

            @Override
            public String dataDir() {
                return exchange.dataDir.toString();
            }
        };
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theComponentAnswersWithTheRegisteredRuleAndTheConsoleShowsIt() throws Exception {
        Exchange exchange = new Exchange(dir, true);
        Simulator simulator = new Simulator(exchange.signer, issuing(exchange), config(exchange));
        try {
            simulator.addRule(new CustomsRule() {
                @Override
                public String messageType() {
                    return "EMS101";
                }

                @Override
                public Verdict judge(SignedMessage message, NumberSource numbers) {
                    return Verdict.approved(Map.of(NumberSource.ARCHIVE_NO,
                            numbers.next(NumberSource.ARCHIVE_NO, "9000")));
                }
            }, Map.of());
            String messageId = exchange.send("QYZZ", "EMS101", "QP0101", qualification("IE101", "9000", 0));
            waitFor("the approval receipt", () -> {
                try {
                    return exchange.receiptNames("QYZZ").size() == 1;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            String second = exchange.receiptNames("QYZZ").get(0);
            org.tongguan.core.customs.wire.CustomsReceipt result = exchange.receipt("QYZZ", second);
            assertEquals("1", result.manageResult());
            assertEquals(Answers.IMPORTED, exchange.answer("QYZZ", exchange.file(messageId)).checkInfo());
            String archiveNo = result.numbers().get("etArcrpNo");
            assertTrue(archiveNo.matches("9000\\d{2}000001"), archiveNo);
            assertEquals(List.of(), exchange.names("QYZZ", "OutBox"));

            String status = SimulatorStatusCommandAccess.run(simulator);
            assertTrue(status.contains("card      CUSTOMS0001 (present)"), status);
            assertTrue(status.contains("rules     EMS101"), status);
            assertTrue(status.contains("QYZZ: 0 1 0 2"), status);
            assertTrue(status.contains("1 taken, 0 refused, 1 answered, 0 waiting"), status);
            assertTrue(status.contains("QYZZ/" + second + " EMS201 通过 etArcrpNo="), status);
        } finally {
            simulator.deactivate();
        }
    }

    /** Of two rules for one message type the higher-ranked judges (a test's over an area's), of equals the first. */
    @Test
    void theHigherRankedRuleJudges() throws Exception {
        Exchange exchange = new Exchange(dir, true);
        Simulator simulator = new Simulator(exchange.signer, issuing(exchange), config(exchange));
        try {
            CustomsRule area = DeskTest.rule("SAS121", Verdict.approved(Map.of()));
            CustomsRule second = DeskTest.rule("SAS121", Verdict.manual());
            CustomsRule test = DeskTest.rule("SAS121", Verdict.returned());
            simulator.addRule(area, Map.of());
            simulator.addRule(second, Map.of());
            assertEquals(area, simulator.rule("SAS121").orElseThrow(), "of equals, the first registered");
            simulator.addRule(test, Map.of("service.ranking", 100));
            assertEquals(test, simulator.rule("SAS121").orElseThrow());
            simulator.removeRule(test);
            assertEquals(area, simulator.rule("SAS121").orElseThrow());
            assertTrue(SimulatorStatusCommandAccess.run(simulator).contains("rules     SAS121\n"));
        } finally {
            simulator.deactivate();
        }
    }

    /** The card authority of the embedded install, here the software signer's own issuer. */
    private static CardAuthority issuing(Exchange exchange) {
        return (who, cardNo, type, enterpriseCode, holder, pin) ->
                exchange.signer.issuer().issue(cardNo, type, enterpriseCode, holder, pin);
    }

    /** A card authority that refuses, as when the issuing folder cannot be written. */
    private static CardAuthority refusing() {
        return (who, cardNo, type, enterpriseCode, holder, pin) -> {
            throw new org.tongguan.core.RuleViolation("signing.cardExists", cardNo);
        };
    }

    @Test
    void atFirstStartTheSimulatorIssuesItsOwnCustomsCard() throws Exception {
        Exchange exchange = new Exchange(dir, false);
        Simulator simulator = new Simulator(exchange.signer, issuing(exchange), config(exchange));
        try {
            assertTrue(exchange.signer.card(Exchange.CUSTOMS_CARD).isPresent());
            assertTrue(SimulatorStatusCommandAccess.run(simulator).contains("card      CUSTOMS0001 (present)"));
        } finally {
            simulator.deactivate();
        }
    }

    @Test
    void withoutTheCardTheConsoleSaysWhatToRun() throws Exception {
        Exchange exchange = new Exchange(dir, false);
        Simulator simulator = new Simulator(exchange.signer, refusing(), config(exchange));
        try {
            String status = SimulatorStatusCommandAccess.run(simulator);
            assertTrue(status.contains("CUSTOMS0001 MISSING — run: tongguan:card-issue CUSTOMS0001 LEGAL_PERSON"
                    + " 0000000000 海关模拟器 000000"), status);
            assertTrue(status.contains("(none: every message 转人工)"), status);
        } finally {
            simulator.deactivate();
        }
    }

    @Test
    void karafDataStandsForTheDataFolder() {
        assertEquals(Path.of("/opt/karaf/data/tongguan/filebox"),
                DataPaths.resolve("${karaf.data}/tongguan/filebox", Simulator.DEFAULT_ROOT, p -> "/opt/karaf/data"));
        assertEquals(Path.of("data/tongguan/simulator").toAbsolutePath(),
                DataPaths.resolve(" ", Simulator.DEFAULT_DATA_DIR, p -> null));
    }
}
