package org.tongguan.customs.simulator.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.tongguan.core.customs.CardAuthority;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.security.UserContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.io.Pump;
import org.tongguan.core.io.DataPaths;
import org.tongguan.customs.simulator.CustomsRule;

/**
 * The customs simulator: plays the e-port client and customs on the filebox transport's folders, for a
 * self-contained install and for tests. One thread runs a {@link CustomsDesk} scan every {@code pollMillis}: messages
 * in {@code <root>/<type>/OutBox} go to {@code SentBox} and are answered in {@code InBox} with an import receipt and,
 * {@code delayMillis} later, a business receipt with the verdict the {@link CustomsRule} service of the message type
 * gave when the message was taken (see the {@code org.tongguan.customs.simulator} package for the formats).
 * Configuration PID {@value #PID}; the console command {@code tongguan:simulator-status} shows what it did.
 *
 * <h2>Setting it up</h2>
 * <ul>
 * <li>{@code root} must be the filebox transport's {@code root} (both default to
 * {@code ${karaf.data}/tongguan/filebox}). Do not run it where a real e-port client works on the same folders: both
 * would take the messages.</li>
 * <li>The receipts are signed with the simulator's own card, {@code customsCardNo} opened by {@code customsCardPin},
 * which the {@link Signer} must know. The simulator does not issue it (issuing belongs to the signer's bundle): once,
 * an administrator runs in the Karaf console
 * <pre>tongguan:card-issue CUSTOMS0001 LEGAL_PERSON 0000000000 海关模拟器 000000</pre>
 * (with the configured number and PIN). Until then the simulator logs an error and leaves the messages in
 * {@code OutBox}; it takes them as soon as the card exists, without a restart.</li>
 * <li>{@code dataDir} keeps the number counters ({@code numbers.properties}), the 预录入统一编号 per business id
 * ({@code seqnos.properties}) and the journal of what was taken and the receipts owed ({@code journal.log}); keep it
 * across restarts, or numbers repeat and receipts owed at a crash are never written.</li>
 * </ul>
 */
@Component(service = Simulator.class, immediate = true, configurationPid = Simulator.PID)
@Designate(ocd = Simulator.Config.class)
public class Simulator {
    static final String PID = "org.tongguan.customs.simulator";
    static final String DEFAULT_ROOT = "${karaf.data}/tongguan/filebox";
    static final String DEFAULT_DATA_DIR = "${karaf.data}/tongguan/simulator";
    static final long MIN_POLL_MILLIS = 50;
    static final String THREAD_NAME = "tongguan-customs-simulator";
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);

    @ObjectClassDefinition(id = PID, name = "Tongguan customs simulator",
            description = "Plays the e-port client and customs on the filebox folders: takes what was sent, checks it"
                    + " by the areas' rules, assigns numbers and writes signed receipts back")
    @interface Config {
        @AttributeDefinition(name = "Root folder",
                description = "The filebox transport's root: <root>/<business type>/OutBox, SentBox, InBox."
                        + " ${karaf.data} stands for the Karaf data folder.")
        String root() default DEFAULT_ROOT;

        @AttributeDefinition(name = "Answer delay (ms)",
                description = "How long after the import receipt the business receipt is written", min = "0")
        long delayMillis() default 300;

        @AttributeDefinition(name = "Poll interval (ms)", description = "How often OutBox is looked at", min = "50")
        long pollMillis() default 200;

        @AttributeDefinition(name = "Customs card number",
                description = "The card the receipts are signed with; issue it with tongguan:card-issue")
        String customsCardNo() default "CUSTOMS0001";

        @AttributeDefinition(name = "Customs card PIN", type = AttributeType.PASSWORD)
        String customsCardPin() default "000000";

        @AttributeDefinition(name = "Data folder",
                description = "Number counters, 预录入统一编号 per business id and the journal of receipts owed;"
                        + " ${karaf.data} is the Karaf data folder")
        String dataDir() default DEFAULT_DATA_DIR;
    }

    private final Signer signer;
    private final CardAuthority cards;
    private final List<Ranked> rules = new CopyOnWriteArrayList<>();
    private volatile CustomsDesk desk;
    private volatile Config config;
    private Pump pump; // guarded by this
    private ExecutorService workers; // guarded by this: check the envelopes of a scan's messages side by side
    private CounterFile counters; // guarded by this

    @Activate
    public Simulator(@Reference Signer signer, @Reference CardAuthority cards, Config config) {
        this.signer = signer;
        this.cards = cards;
        modified(config);
    }

    @Modified
    synchronized void modified(Config config) {
        stopPump();
        this.config = config;
        Path root = DataPaths.resolve(config.root(), DEFAULT_ROOT);
        Path dataDir = DataPaths.resolve(config.dataDir(), DEFAULT_DATA_DIR);
        workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, THREAD_NAME + "-check");
            t.setDaemon(true);
            return t;
        });
        counters = new CounterFile(dataDir, Clock.systemUTC());
        CustomsDesk d = new CustomsDesk(root, dataDir, Clock.systemUTC(), signer, this::rule, counters,
                config.customsCardNo(),
                config.customsCardPin().toCharArray(), Duration.ofMillis(Math.max(0, config.delayMillis())), workers);
        desk = d;
        try {
            Files.createDirectories(root);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            LOG.warn("Cannot create the simulator's folders {} and {}", root, dataDir, e);
        }
        if (!d.hasCustomsCard()) {
            issueCustomsCard(config, d);
        }
        long poll = Math.max(MIN_POLL_MILLIS, config.pollMillis());
        pump = Pump.start(THREAD_NAME, () -> d.scanOnce().lookAgain(), Duration.ofMillis(poll));
        LOG.info("Customs simulator on {} (data in {}), answering after {} ms", root, dataDir, config.delayMillis());
    }

    /** First start of the embedded install: the simulated customs side gets its own card to sign receipts with. */
    private void issueCustomsCard(Config config, CustomsDesk d) {
        try {
            cards.issue(UserContext.system("customs-simulator"), config.customsCardNo(), CardType.LEGAL_PERSON,
                    "0000000000", "海关模拟器", config.customsCardPin().toCharArray());
            LOG.info("Issued the customs simulator's card {}", config.customsCardNo());
        } catch (RuntimeException e) {
            LOG.error("The customs simulator has no card to sign receipts with and could not issue card {} ({})."
                    + " Run in the Karaf console: {}", config.customsCardNo(), e.getMessage(), d.issueCommand());
        }
    }

    @Deactivate
    synchronized void deactivate() {
        stopPump();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeRule")
    void addRule(CustomsRule rule, Map<String, Object> properties) {
        String type = rule.messageType();
        if (rules.stream().anyMatch(r -> type.equals(r.rule().messageType()))) {
            LOG.info("Two customs rules for message type {}; the higher-ranked judges, of equals the first registered",
                    type);
        }
        Object ranking = properties.get("service.ranking");
        rules.add(new Ranked(rule, ranking instanceof Integer i ? i : 0, order.incrementAndGet()));
    }

    void removeRule(CustomsRule rule) {
        rules.removeIf(r -> r.rule() == rule);
    }

    /** A rule with its service ranking and the order it came in. */
    private record Ranked(CustomsRule rule, int ranking, long order) {
    }

    private final java.util.concurrent.atomic.AtomicLong order = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The rule for the message type: the highest-ranked of that type ({@code service.ranking}, e.g. a test's rule
     * over an area's), of equals the first registered.
     */
    Optional<CustomsRule> rule(String messageType) {
        return rules.stream().filter(r -> messageType.equals(r.rule().messageType()))
                .min(java.util.Comparator.comparingInt(Ranked::ranking).reversed().thenComparingLong(Ranked::order))
                .map(Ranked::rule);
    }

    /** What the console shows. */
    public String status() {
        CustomsDesk.Status s = desk.status();
        Config c = config;
        StringBuilder out = new StringBuilder();
        out.append("海关模拟器 customs simulator\n");
        out.append("  root      ").append(s.root()).append('\n');
        out.append("  data      ").append(s.dataDir()).append('\n');
        out.append("  card      ").append(s.cardNo()).append(s.cardPresent() ? " (present)"
                : " MISSING — run: " + desk.issueCommand()).append('\n');
        out.append("  delay     ").append(s.delay().toMillis()).append(" ms, poll ")
                .append(Math.max(MIN_POLL_MILLIS, c.pollMillis())).append(" ms\n");
        out.append("  rules     ").append(rules.isEmpty() ? "(none: every message 转人工)"
                : String.join(", ", rules.stream().map(r -> r.rule().messageType()).distinct().sorted().toList())).append('\n');
        out.append("  messages  ").append(s.taken()).append(" taken, ").append(s.rejected()).append(" refused, ")
                .append(s.businessReceipts()).append(" answered, ").append(s.pending()).append(" waiting\n");
        out.append("  folders   type: OutBox SentBox FailBox InBox\n");
        if (s.folders().isEmpty()) {
            out.append("            (none yet)\n");
        }
        s.folders().forEach((type, f) -> out.append("            ").append(type).append(": ").append(f.outBox())
                .append(' ').append(f.sentBox()).append(' ').append(f.failBox()).append(' ').append(f.inBox())
                .append('\n'));
        out.append("  last receipts\n");
        if (s.recentReceipts().isEmpty()) {
            out.append("            (none since the start)\n");
        }
        s.recentReceipts().forEach(r -> out.append("            ").append(r).append('\n'));
        return out.toString().stripTrailing();
    }

    private void stopPump() {
        Pump running = pump;
        pump = null;
        if (running == null) {
            return;
        }
        running.stop();
        CustomsDesk d = desk;
        if (d != null) {
            try {
                d.flush(); // the business receipts not yet due are written now rather than lost
            } catch (RuntimeException e) {
                LOG.warn("Cannot write the waiting business receipts of {}", d.root(), e);
            }
        }
        // a clean stop: the numbers go on without a gap after the restart (账册编号 and the others)
        counters.release();
        workers.shutdown();
    }
}
