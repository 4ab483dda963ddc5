package org.tongguan.customs.simulator.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;
import org.tongguan.core.testing.MutableClock;

/**
 * What the desk's tests share: the folders and cards of an {@link Exchange}, a clock the test moves, the rules it
 * registers, and a desk on them ({@link #newDesk} again is a restart).
 */
abstract class DeskTest {
    static final Duration DELAY = Duration.ofMillis(300);

    @TempDir
    Path dir;
    Exchange exchange;
    /** An hour ahead of the files' modification times: only the size rule holds files back, unless a test says. */
    final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofHours(1)));
    final Map<String, CustomsRule> rules = new ConcurrentHashMap<>();
    CustomsDesk desk;

    @BeforeEach
    void setUp() {
        exchange = new Exchange(dir, true);
        desk = newDesk();
    }

    /** A desk as the component makes one at start, on the same folders. */
    CustomsDesk newDesk() {
        return new CustomsDesk(exchange.root, exchange.dataDir, clock, exchange.signer,
                type -> Optional.ofNullable(rules.get(type)), new CounterFile(exchange.dataDir, clock),
                Exchange.CUSTOMS_CARD, Exchange.CUSTOMS_PIN.toCharArray(), DELAY);
    }

    static CustomsRule rule(String messageType, Verdict verdict) {
        return rule(messageType, (m, n) -> verdict);
    }

    static CustomsRule rule(String messageType, java.util.function.BiFunction<SignedMessage, NumberSource,
            Verdict> judge) {
        return new CustomsRule() {
            @Override
            public String messageType() {
                return messageType;
            }

            @Override
            public Verdict judge(SignedMessage message, NumberSource numbers) {
                return judge.apply(message, numbers);
            }
        };
    }

    /** Two scans: the first sees the new files, the second takes the settled ones. */
    void takeNewMessages() {
        desk.scanOnce();
        desk.scanOnce();
    }

    /** The delay passes and the desk looks again. */
    void answer() {
        clock.advance(DELAY);
        desk.scanOnce();
    }
}
