package cz.css.ledger.audit.replay;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The replay monitor samples running replays every second (replay tokens are made readable in {@code app.AxonConfiguration}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReplayConfiguration {
}
