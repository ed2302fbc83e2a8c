package it.albopec.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" comes from this clock, so that rules that depend on dates can be tested by moving it. */
@Configuration(proxyBeanMethods = false)
class AppClock {

    /** The Orders are Italian: dates of the register and of mailboxes are in Italian time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
