package cz.css.ledger.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in: configured users (hashed passwords) through the staff console's login page for the
 * browser and HTTP Basic for API clients; with a JWT issuer configured, also bearer tokens. Browser
 * sessions are CSRF-protected the single-page-application way: the token travels in the
 * {@code XSRF-TOKEN} cookie, readable by the console's script, which sends it back as the
 * {@code X-XSRF-TOKEN} header. Requests that carry their own credentials in the Authorization
 * header are not exposed to CSRF and skip it. The login page and the console's script and style
 * assets (code, no data) load before sign-in; everything else needs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LedgerSecurityProperties.class)
class SecurityConfiguration {

    @Bean
    InMemoryUserDetailsManager configuredUsers(LedgerSecurityProperties properties) {
        return ConfiguredUsers.from(properties);
    }

    /** What loads before sign-in: the login page, the console's built assets, health and error pages. */
    static final String[] PUBLIC_PATHS = {"/actuator/health/**", "/actuator/health", "/login", "/login.html",
        "/assets/**", "/favicon.svg", "/error"};

    @Bean
    SecurityFilterChain ledgerSecurity(HttpSecurity http, LedgerSecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .csrf(csrf -> csrf
                        .spa()
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt
                    .jwtAuthenticationConverter(new JwtClaims(properties.jwt()))));
        }
        return http.build();
    }
}
