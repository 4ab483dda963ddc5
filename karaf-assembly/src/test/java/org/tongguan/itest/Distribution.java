package org.tongguan.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * The assembled distribution as a clerk's server runs it: its own copy, free ports, {@code bin/karaf server} as a
 * process, the Karaf console reached over SSH. Used by the browser tests and the benchmark.
 */
final class Distribution implements AutoCloseable {
    private static final Pattern OTP = Pattern.compile("one-time password = (\\S+)");
    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final String consolePassword = UUID.randomUUID().toString();
    private Process process;

    private Distribution(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** A fresh copy of the assembled distribution in {@code dir}, on free ports, with a console user for the test. */
    static Distribution copy(Path assembly, Path dir) throws IOException {
        deleteTree(dir);
        try (Stream<Path> files = Files.walk(assembly)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(assembly.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Distribution d = new Distribution(dir.toAbsolutePath(), KarafOptions.freePort(), KarafOptions.freePort());
        d.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(d.httpPort));
        d.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(d.sshPort));
        if (Files.exists(dir.resolve("etc/org.apache.karaf.management.cfg"))) {
            d.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(KarafOptions.freePort()));
            d.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(KarafOptions.freePort()));
        }
        Files.writeString(dir.resolve("etc/users.properties"), "\ntgit = " + d.consolePassword
                + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n",
                StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);
        return d;
    }

    static Path assembly() {
        return Path.of(System.getProperty("tongguan.assembly", "target/assembly"));
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                found = true;
            }
        }
        if (!found) {
            lines.add(key + " = " + value);
        }
        Files.write(p, lines, StandardCharsets.ISO_8859_1);
    }

    /** Starts {@code bin/karaf server}; returns at once. */
    void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
        pb.directory(home.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        process = pb.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    /** Waits until the sign-in page is served; returns how long it took. */
    Duration awaitLoginPage(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl() + "login")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ": " + consoleOutput());
            }
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("VAADIN")) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no sign-in page after " + timeout + "; log: " + logTail());
    }

    /** The first administrator's one-time password, as printed on the console at first start. */
    String firstAdminPassword() {
        Matcher m = OTP.matcher(consoleOutput());
        if (!m.find()) {
            throw new IllegalStateException("no one-time password printed: " + consoleOutput());
        }
        return m.group(1);
    }

    String consoleOutput() {
        try {
            return Files.readString(home.resolve("console.out"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The whole of data/log/karaf.log. */
    String logText() {
        try {
            return Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Waits until the console answers a Tongguan command (SSH and the commands come up after the web page). */
    void awaitConsole(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (!console("tongguan:enterprise-list").contains("Command not found")) {
                    return;
                }
            } catch (IOException | IllegalStateException notYet) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("no console after " + timeout + ": " + notYet);
                }
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("no Tongguan commands in the console after " + timeout);
            }
            Thread.sleep(500);
        }
    }

    /** Runs one Karaf console command over SSH, as an administrator would. */
    String console(String command) throws IOException {
        try (Console console = openConsole()) {
            return console.run(command);
        }
    }

    /** An open SSH session to the Karaf console, for one command (Karaf closes the session after an exec). */
    Console openConsole() throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        ClientSession session = client.connect("tgit", "127.0.0.1", sshPort).verify(Duration.ofSeconds(20)).getSession();
        session.addPasswordIdentity(consolePassword);
        session.auth().verify(Duration.ofSeconds(20));
        return new Console(client, session);
    }

    record Console(SshClient client, ClientSession session) implements AutoCloseable {
        String run(String command) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ClientChannel channel = session.createExecChannel(command)) {
                channel.setOut(out);
                channel.setErr(out);
                channel.open().verify(Duration.ofSeconds(20));
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(120));
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            session.close();
            client.close();
        }
    }

    /** Resident memory of the Karaf JVM, in MiB. */
    long residentMb() throws IOException {
        long pid = javaProcess().map(ProcessHandle::pid).orElseThrow();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** CPU time the distribution's JVM has used so far (all its threads), in ms. */
    long cpuMillis() {
        return javaProcess().flatMap(p -> p.info().totalCpuDuration()).orElseThrow().toMillis();
    }

    private Optional<ProcessHandle> javaProcess() {
        return process.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst();
    }

    /** The distribution's folder. */
    Path home() {
        return home;
    }

    /**
     * {@code kill -9} of the Karaf JVM, as a power cut of the process would: no shutdown hook, no component
     * deactivated, nothing flushed. Returns once it and its launching script are gone; {@link #start} starts it again
     * on the same folder.
     */
    void kill() throws InterruptedException {
        Optional<ProcessHandle> java = javaProcess();
        java.ifPresent(ProcessHandle::destroyForcibly); // SIGKILL on Linux
        java.ifPresent(p -> p.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).join());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Stops Karaf the way an administrator does (SIGTERM runs its shutdown), waiting for it to end. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        Optional<ProcessHandle> java = javaProcess();
        java.ifPresentOrElse(ProcessHandle::destroy, process::destroy);
        if (java.isPresent()) {
            java.get().onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
