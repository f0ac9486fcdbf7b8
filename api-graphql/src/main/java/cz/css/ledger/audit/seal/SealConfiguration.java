package cz.css.ledger.audit.seal;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The sealer, its signing key and its settings ({@code ledger.audit.seal.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SealProperties.class)
class SealConfiguration {

    @Bean
    SealSigner sealSigner(SealProperties properties, @Value("${ledger.data-dir:./data}") String dataDir) {
        return SealSigner.from(properties, Path.of(dataDir));
    }

    @Bean
    Sealer sealer(SealStore store, SealSigner signer, SealProperties properties, TransactionTemplate transactions,
            Clock clock) {
        return new Sealer(store, signer, properties, transactions, clock);
    }
}
