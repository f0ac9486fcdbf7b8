package cz.css.ledger.security;

import java.util.List;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Sign-in: configured users (hashed passwords) through the staff console's login page for the
 * browser and HTTP Basic for API clients; with a JWT issuer configured, also bearer tokens. Browser
 * sessions are CSRF-protected the single-page-application way: the token travels in the
 * {@code XSRF-TOKEN} cookie, readable by the console's script, which sends it back as the
 * {@code X-XSRF-TOKEN} header. Requests that carry their own credentials in the Authorization
 * header are not exposed to CSRF and skip it. The login page, the citizen's survey page and the
 * console's script and style assets (code, no data) load before sign-in; everything else needs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LedgerSecurityProperties.class)
class SecurityConfiguration {
    static final String PUBLIC_SURVEY_ENDPOINT = "/public/graphql";
    /** Only the application's own scripts, styles, images and connections; never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * What loads before sign-in: the login page, the citizen's survey page (it talks only to the
     * public survey endpoint), the console's built assets, health and error pages.
     */
    static final String[] PUBLIC_PATHS = {"/actuator/health/**", "/actuator/health", "/login", "/login.html",
        "/anketa", "/anketa.html", "/assets/**", "/favicon.svg", "/error"};

    @Bean
    InMemoryUserDetailsManager configuredUsers(LedgerSecurityProperties properties) {
        return ConfiguredUsers.from(properties);
    }

    @Bean
    SecurityFilterChain ledgerSecurity(HttpSecurity http, LedgerSecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http.addFilterBefore(new RequestSizeLimit(properties.maxRequestBytes()), DisableEncodeUrlFilter.class)
                .cors(cors -> cors.configurationSource(corsFrom(properties)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // citizens answer the satisfaction survey with a one-time code; that endpoint's
                        // own schema holds nothing else (graphql-public/public-survey.graphqls)
                        .requestMatchers(HttpMethod.POST, PUBLIC_SURVEY_ENDPOINT).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .csrf(csrf -> csrf.spa()
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
                        // no session and no cookie authenticate there, so there is nothing to forge
                        .ignoringRequestMatchers(PUBLIC_SURVEY_ENDPOINT));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt
                    .jwtAuthenticationConverter(new JwtClaims(properties.jwt()))));
        }
        return http.build();
    }

    private static CorsConfigurationSource corsFrom(LedgerSecurityProperties properties) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-XSRF-TOKEN"));
        cors.setAllowCredentials(true);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
