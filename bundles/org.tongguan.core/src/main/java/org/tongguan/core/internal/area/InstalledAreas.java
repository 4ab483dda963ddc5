package org.tongguan.core.internal.area;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The business areas of this installation, read from Karaf's features: which are installed, running, needed by
 * others. After every deployment it tells the administrator about an area that {@code feature:uninstall} left
 * installed because another area needs it (Karaf itself only logs "No deployment change"): on the server's console,
 * where Karaf prints its own deployment steps, and in the log.
 */
@Component(service = InstalledAreas.class)
public class InstalledAreas implements DeploymentListener {
    private static final Logger LOG = LoggerFactory.getLogger(InstalledAreas.class);
    private final FeaturesService features;
    private final BundleContext context;
    /** Held areas already reported, so each is reported once until it is released or asked for again. */
    private final Set<String> reported = new HashSet<>();

    @Activate
    public InstalledAreas(@Reference FeaturesService features, BundleContext context) {
        this.features = features;
        this.context = context;
        features.registerListener(this);
    }

    @Deactivate
    void deactivate() {
        features.unregisterListener(this);
    }

    @Override
    public void deploymentEvent(DeploymentEvent event) {
        if (event != DeploymentEvent.DEPLOYMENT_FINISHED) {
            return;
        }
        try {
            Areas areas = areas();
            Set<String> heldNow = new HashSet<>();
            for (Area a : areas.held()) {
                heldNow.add(a.feature());
                if (reported.add(a.feature())) {
                    String line = areas.heldMessage(a);
                    System.out.println(line);
                    LOG.warn(line);
                }
            }
            reported.retainAll(heldNow);
        } catch (Exception e) {
            LOG.warn("Could not read the installed areas: {}", e.toString());
        }
    }

    /** Every area the features repositories offer, installed or not. */
    Areas areas() throws Exception {
        Map<String, Feature> byName = new LinkedHashMap<>();
        for (Feature f : features.listFeatures()) {
            Feature seen = byName.get(f.getName());
            if (seen == null || (!features.isInstalled(seen) && features.isInstalled(f))) {
                byName.put(f.getName(), f);
            }
        }
        List<Area> out = new ArrayList<>();
        for (Feature f : byName.values()) {
            if (isArea(f)) {
                out.add(new Area(f.getName(), f.getDescription(), requiredAreas(f, byName), features.isInstalled(f),
                        features.isRequired(f)));
            }
        }
        return new Areas(out);
    }

    /** The table {@code tongguan:areas} prints: see {@link Areas#report}. */
    public String report() throws Exception {
        return areas().report(f -> {
            try {
                return running(f);
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** Whether every bundle of the installed area is active (an administrator may have stopped one). */
    boolean running(String feature) throws Exception {
        Feature f = features.getFeature(feature);
        if (f == null || !features.isInstalled(f)) {
            return false;
        }
        for (BundleInfo b : f.getBundles()) {
            if (b.isDependency()) {
                continue;
            }
            Bundle bundle = context.getBundle(b.getLocation());
            if (bundle == null || (bundle.getState() != Bundle.ACTIVE && !isFragment(bundle))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFragment(Bundle b) {
        return b.getHeaders("").get("Fragment-Host") != null;
    }

    private static boolean isArea(Feature f) {
        return f.getCapabilities().stream()
                .anyMatch(c -> c.getValue().trim().split(";", 2)[0].trim().equals(Areas.NAMESPACE));
    }

    /** The areas {@code f} depends on: through other features, but not beyond an area (that one's own needs are its own). */
    private static Set<String> requiredAreas(Feature f, Map<String, Feature> byName) {
        Set<String> out = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Feature> todo = new ArrayList<>(List.of(f));
        while (!todo.isEmpty()) {
            Feature next = todo.remove(todo.size() - 1);
            for (Dependency d : next.getDependencies()) {
                Feature dep = byName.get(d.getName());
                if (dep == null || !seen.add(dep.getName())) {
                    continue;
                }
                if (isArea(dep)) {
                    out.add(dep.getName());
                } else {
                    todo.add(dep);
                }
            }
        }
        return out;
    }
}
