package it.albopec.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time unless a test moves it. Picked up by component scanning in
 * every Spring test, so there is one application context for the whole suite. A test that moves the clock
 * calls {@link MutableClock#reset()} when it ends.
 */
@Configuration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(ZoneId.of("Europe/Rome"));
    }

    public static final class MutableClock extends Clock {
        private final ZoneId zone;
        private volatile Duration offset = Duration.ZERO;
        private volatile Instant fixed;

        MutableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            Instant now = fixed != null ? fixed : Instant.now();
            return now.plus(offset);
        }

        public void advance(Duration duration) {
            offset = offset.plus(duration);
        }

        /** Fixes "today" at the start of the given day in Italian time. */
        public void setToday(LocalDate day) {
            offset = Duration.ZERO;
            fixed = day.atStartOfDay(zone).plusHours(10).toInstant();
        }

        public void reset() {
            offset = Duration.ZERO;
            fixed = null;
        }
    }
}
