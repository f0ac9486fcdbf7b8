package cz.css.ledger.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Sign-in: configured users (hashed passwords) through a login page for the browser and HTTP
 * Basic for API clients; with a JWT issuer configured, also bearer tokens. Browser sessions are
 * CSRF-protected; requests that carry their own credentials in the Authorization header are not
 * exposed to CSRF and skip it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LedgerSecurityProperties.class)
class SecurityConfiguration {
    static final String PUBLIC_SURVEY_ENDPOINT = "/public/graphql";

    @Bean
    InMemoryUserDetailsManager configuredUsers(LedgerSecurityProperties properties) {
        return ConfiguredUsers.from(properties);
    }

    @Bean
    SecurityFilterChain ledgerSecurity(HttpSecurity http, LedgerSecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/login", "/error").permitAll()
                        // citizens answer the satisfaction survey with a one-time code; that endpoint's
                        // own schema holds nothing else (graphql-public/public-survey.graphqls)
                        .requestMatchers(HttpMethod.POST, PUBLIC_SURVEY_ENDPOINT).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
                        // no session and no cookie authenticate there, so there is nothing to forge
                        .ignoringRequestMatchers(PUBLIC_SURVEY_ENDPOINT));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt
                    .jwtAuthenticationConverter(new JwtClaims(properties.jwt()))));
        }
        return http.build();
    }
}
