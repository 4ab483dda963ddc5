package org.tongguan.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Pax Exam options that boot the assembled Tongguan distribution itself, on free ports, on Derby or PostgreSQL. */
final class KarafOptions {
    private KarafOptions() {
    }

    static Option[] distribution(Database db) throws IOException {
        String karafVersion = System.getProperty("karaf.version", "4.4.10");
        File dist = new File(System.getProperty("tongguan.distribution"));
        List<Option> o = new ArrayList<>();
        o.add(karafDistributionConfiguration().frameworkUrl(dist.toURI().toString()).name("Tongguan")
                .unpackDirectory(new File("target/exam")).useDeployFolder(false));
        o.add(keepRuntimeFolder());
        // Pax Exam 4.14 does not add the Java 9+ flags of bin/karaf
        o.add(vmOptions("--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED", "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED", "-Xmx768m"));
        o.add(configureConsole().ignoreLocalConsole());
        o.add(logLevel(LogLevel.WARN));
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        // Pax Exam's own bundles come from the local Maven repository; Tongguan's are all inside the distribution
        o.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo));
        o.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())));
        o.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())));
        o.add(editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())));
        o.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(freePort())));
        String ds = "etc/org.ops4j.datasource-tongguan.cfg";
        if (db.isPostgres()) {
            o.add(editConfigurationFilePut(ds, "osgi.jdbc.driver.class", "org.postgresql.Driver"));
            o.add(editConfigurationFilePut(ds, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            o.add(editConfigurationFilePut(ds, "url", db.url()));
            o.add(editConfigurationFilePut(ds, "user", db.user()));
            o.add(editConfigurationFilePut(ds, "password", ""));
        }
        o.add(systemProperty("tongguan.db").value(db.name()));
        return o.toArray(new Option[0]);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
