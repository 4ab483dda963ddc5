package org.tongguan.core.internal.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.time.TimeDisplay;

/** The product's one time zone setting, configuration PID {@value #PID}; changed settings apply to what is shown next. */
@Component(service = TimeDisplay.class, configurationPid = TimeDisplayImpl.PID)
@Designate(ocd = TimeDisplayImpl.Config.class)
public class TimeDisplayImpl implements TimeDisplay {
    static final String PID = "org.tongguan.time";
    static final String DEFAULT_ZONE = "Asia/Shanghai";
    private static final Logger LOG = LoggerFactory.getLogger(TimeDisplayImpl.class);

    @ObjectClassDefinition(id = PID, name = "Tongguan time display",
            description = "The time zone every screen, print and listing of the product shows times in")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "A time zone id, e.g. Asia/Shanghai (Beijing time)")
        String zone() default DEFAULT_ZONE;
    }

    private volatile Formats formats;

    @Activate
    public TimeDisplayImpl(Config config) {
        modified(config);
    }

    /** Outside OSGi (tests, tools): the given zone. */
    public TimeDisplayImpl(ZoneId zone) {
        formats = new Formats(zone);
    }

    @Modified
    void modified(Config config) {
        ZoneId zone;
        try {
            zone = ZoneId.of(config.zone().trim());
        } catch (DateTimeException | NullPointerException e) {
            LOG.warn("Time zone '{}' of {} is not a zone id; times are shown in {}", config.zone(), PID, DEFAULT_ZONE);
            zone = ZoneId.of(DEFAULT_ZONE);
        }
        formats = new Formats(zone);
    }

    /** The formatters of one zone, replaced together when the setting changes. */
    private record Formats(ZoneId zone, DateTimeFormatter dateTime, DateTimeFormatter time, DateTimeFormatter date) {
        Formats(ZoneId zone) {
            this(zone, DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm:ss").withZone(zone),
                    DateTimeFormatter.ofPattern("HH:mm").withZone(zone),
                    DateTimeFormatter.ofPattern(DATE_PATTERN).withZone(zone));
        }
    }

    @Override
    public ZoneId zone() {
        return formats.zone();
    }

    @Override
    public String dateTime(Instant t) {
        return t == null ? "" : formats.dateTime().format(t);
    }

    @Override
    public String time(Instant t) {
        return t == null ? "" : formats.time().format(t);
    }

    @Override
    public String date(Instant t) {
        return t == null ? "" : formats.date().format(t);
    }

    @Override
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(formats.zone()).toInstant();
    }
}
