package cz.css.ledger.audit.replay;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The replay monitor samples running replays every second. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReplayConfiguration {
}
