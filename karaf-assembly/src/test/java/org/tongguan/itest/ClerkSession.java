package org.tongguan.itest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Dictionary;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A browser's session on the shell, from inside the container: one HTTP session (its cookie kept) asking for the
 * sign-in page every 50 ms while the test changes the installation, and what it got when the answer was not a page.
 */
final class ClerkSession implements AutoCloseable {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI page;
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger answers = new AtomicInteger();
    private final Thread asker;
    private volatile boolean open = true;

    private ClerkSession(URI page) {
        this.page = page;
        this.asker = new Thread(this::ask, "clerk-session");
        asker.setDaemon(true);
    }

    static ClerkSession open(BundleContext context) throws Exception {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        Dictionary<String, Object> web = context.getService(ref).getConfiguration("org.ops4j.pax.web", null).getProperties();
        ClerkSession s = new ClerkSession(URI.create("http://127.0.0.1:" + web.get("org.osgi.service.http.port") + "/login"));
        s.once();
        if (!s.failures.isEmpty()) {
            throw new IllegalStateException("the shell does not answer: " + s.failures);
        }
        s.asker.start();
        return s;
    }

    private void ask() {
        while (open) {
            once();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void once() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                failures.add(r.statusCode() + " at " + java.time.LocalTime.now());
            }
            answers.incrementAndGet();
        } catch (IOException e) {
            failures.add(e + " at " + java.time.LocalTime.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    int answers() {
        return answers.get();
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        asker.interrupt();
        asker.join(5_000);
    }
}
