package org.tongguan.transport.filebox.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.io.Pump;
import org.tongguan.core.io.DataPaths;

/**
 * {@link CustomsTransport} on the e-port client's folders ({@link Filebox}): messages go to
 * {@code <root>/<type>/OutBox}; one thread scans every {@code <type>/InBox} each {@code pollMillis} and hands complete
 * receipts to the {@link ReceiptListener} services, each receipt content once (see {@link Filebox} for what "once"
 * means across failures and restarts). Configuration PID {@value #PID}.
 */
@Component(service = CustomsTransport.class, immediate = true, configurationPid = FileboxTransport.PID,
        property = "service.ranking:Integer=0")
@Designate(ocd = FileboxTransport.Config.class)
public class FileboxTransport implements CustomsTransport {
    static final String PID = "org.tongguan.transport.filebox";
    static final String DEFAULT_ROOT = "${karaf.data}/tongguan/filebox";
    /** A receipt modified more recently than this may still be being written. */
    static final Duration SETTLE = Duration.ofMillis(200);
    static final long MIN_POLL_MILLIS = 50;
    static final String THREAD_NAME = "tongguan-filebox-receipts";
    private static final Logger LOG = LoggerFactory.getLogger(FileboxTransport.class);

    @ObjectClassDefinition(name = "Tongguan filebox transport",
            description = "Exchanges messages with customs through the e-port client's folders")
    @interface Config {
        @AttributeDefinition(name = "Root folder",
                description = "Holds <root>/<business type>/OutBox, SentBox, FailBox and InBox, the folders the"
                        + " e-port client (or the customs simulator) works on. ${karaf.data} stands for the Karaf"
                        + " data folder.")
        String root() default DEFAULT_ROOT;

        @AttributeDefinition(name = "Receipt poll interval (ms)",
                description = "How often the InBox folders are scanned for receipts", min = "50")
        long pollMillis() default 500;

        @AttributeDefinition(name = "Signing",
                description = "Who signs the messages: product (the product signs with the card medium through its"
                        + " Signer; the embedded install and its simulator), eport (the e-port client signs what it"
                        + " takes; the product writes the import skeleton with the card number and asks no PIN), or"
                        + " auto (default): eport when the root folder is not the embedded default, i.e. points at a"
                        + " real client's folders", options = {
                        @org.osgi.service.metatype.annotations.Option(label = "auto", value = "auto"),
                        @org.osgi.service.metatype.annotations.Option(label = "product", value = "product"),
                        @org.osgi.service.metatype.annotations.Option(label = "eport", value = "eport")})
        String signing() default SIGNING_AUTO;
    }

    static final String SIGNING_AUTO = "auto";

    /** Whether the client signs, by the configured mode and, for {@code auto}, whether the root is the default. */
    static boolean clientSigns(Config config) {
        return switch (config.signing() == null ? SIGNING_AUTO : config.signing().trim()) {
            case "eport" -> true;
            case "product" -> false;
            case SIGNING_AUTO -> !DEFAULT_ROOT.equals(config.root());
            default -> throw new IllegalArgumentException("signing must be auto, product or eport, not '"
                    + config.signing() + "' (" + PID + ")");
        };
    }

    private final ReceiptDispatcher dispatcher = new ReceiptDispatcher();
    private volatile Filebox filebox;
    private volatile boolean clientSigns;
    private Pump pump; // guarded by this

    @Activate
    public FileboxTransport(Config config) {
        modified(config);
    }

    @Modified
    synchronized void modified(Config config) {
        clientSigns = clientSigns(config);
        stopPump();
        Path root = DataPaths.resolve(config.root(), DEFAULT_ROOT);
        Filebox box = new Filebox(root, Clock.systemUTC(), SETTLE);
        filebox = box;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            LOG.warn("Cannot create the filebox folder {}; sending and receiving fail until it exists", root, e);
        }
        long poll = Math.max(MIN_POLL_MILLIS, config.pollMillis());
        // receipts still settling are looked at again once they may have settled, not a whole interval later
        pump = Pump.start(THREAD_NAME, () -> box.scanOnce(dispatcher).settling() > 0 ? SETTLE : null,
                Duration.ofMillis(poll));
        LOG.info("Filebox transport on {}, receipts looked for every {} ms", root, poll);
    }

    @Deactivate
    synchronized void deactivate() {
        stopPump();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeListener", updated = "updatedListener")
    void addListener(ReceiptListener listener, Map<String, Object> properties) {
        dispatcher.add(listener, properties);
    }

    void updatedListener(ReceiptListener listener, Map<String, Object> properties) {
        dispatcher.add(listener, properties);
    }

    void removeListener(ReceiptListener listener) {
        dispatcher.remove(listener);
    }

    /** Queues the message durably; a name used before gets a new suffix (see {@link Filebox}). */
    @Override
    public void send(OutgoingMessage message) {
        logQueued(message, filebox.send(message));
    }

    @Override
    public java.util.Map<OutgoingMessage, RuntimeException> sendAll(List<OutgoingMessage> messages) {
        java.util.Map<OutgoingMessage, RuntimeException> failed = new java.util.LinkedHashMap<>();
        List<String> names = filebox.sendAll(messages, failed);
        for (int i = 0; i < messages.size(); i++) {
            if (names.get(i) != null) {
                logQueued(messages.get(i), names.get(i));
            }
        }
        return failed;
    }

    private static void logQueued(OutgoingMessage message, String name) {
        if (name.equals(message.fileName())) {
            LOG.debug("Queued {}/{}", message.businessType(), name);
        } else {
            LOG.info("Queued {}/{} as {}: the name was used before", message.businessType(), message.fileName(),
                    name);
        }
    }

    @Override
    public boolean clientSigns() {
        return clientSigns;
    }

    @Override
    public List<String> pending(String businessType) {
        return filebox.pending(businessType);
    }

    @Override
    public List<String> failed(String businessType) {
        return filebox.failed(businessType);
    }

    @Override
    public boolean queued(String businessType, String fileName) {
        return filebox.queued(businessType, fileName);
    }

    @Override
    public void requestReceipts(String businessType, ReceiptRequest request) {
        String name = filebox.requestReceipts(businessType, request);
        LOG.info("Asked for the receipts of {}/{} again ({})", businessType, request.fileName(), name);
    }

    @Override
    public boolean resendFailed(String businessType, String fileName) {
        boolean moved = filebox.resendFailed(businessType, fileName);
        if (moved) {
            LOG.info("Queued {}/{} again from FailBox", businessType, fileName);
        }
        return moved;
    }

    private void stopPump() {
        Pump running = pump;
        pump = null;
        if (running == null) {
            return;
        }
        running.stop();
    }
}
