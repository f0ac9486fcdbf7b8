package cz.css.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Production sign-in: bearer JWTs from the configured issuer, roles and the mayor's municipality
 * read from claims. The test mints its own tokens with a test key pair; this context also runs
 * like production otherwise (no introspection, no configured users).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.graphql.schema.introspection.enabled=false", "ledger.security.users="})
@ActiveProfiles({"postgres", "it"})
class JwtSignInIntegrationTests {
    private static final KeyPair ISSUER = rsaKeyPair();
    private static final KeyPair STRANGER = rsaKeyPair();

    @DynamicPropertySource
    static void issuerPublicKey(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("issuer", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @LocalServerPort
    int port;

    @Test
    void aMayorSignedInByTokenSeesOnlyTheMunicipalityFromTheClaims() {
        var mayor = graphQl(token(ISSUER, "starosta.oslavany", List.of("MAYOR"), "583588", Duration.ofMinutes(5)));
        mayor.document("{ requests(first: 1) { totalCount } }").execute().path("requests.totalCount").hasValue();
        mayor.document("{ requests(filter: {municipalityCode: \"583120\"}) { totalCount } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("FORBIDDEN");
                    assertThat(error.getMessage()).contains("583588");
                }));
    }

    @Test
    void theActorOfEveryEventIsTheTokensUserNeverClientInput() {
        var staff = graphQl(token(ISSUER, "eva.tokenova", List.of("STAFF"), null, Duration.ofMinutes(5)));
        staff.document("mutation { registerRequest(input: {municipalityCode: \"583120\", agendaCode: \"PORUCHY\","
                        + " kind: OTHER, channel: EMAIL, subject: \"Token\", description: \"x\"}) { request { registeredBy } } }")
                .execute().path("registerRequest.request.registeredBy").entity(String.class).isEqualTo("eva.tokenova");
    }

    @Test
    void tokensSignedByAnotherKeyOrExpiredAreRefused() {
        for (String token : List.of(token(STRANGER, "mallory", List.of("SUPERVISOR"), null, Duration.ofMinutes(5)),
                token(ISSUER, "late", List.of("SUPERVISOR"), null, Duration.ofMinutes(-5)))) {
            client(token).post().uri("/graphql").bodyValue(Map.of("query", "{ agendas { code } }"))
                    .exchange().expectStatus().isUnauthorized();
        }
    }

    @Test
    void introspectionIsSwitchedOffInProduction() {
        var supervisor = graphQl(token(ISSUER, "vedouci", List.of("SUPERVISOR"), null, Duration.ofMinutes(5)));
        supervisor.document("{ __schema { queryType { name } } }").execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty());
    }

    private HttpGraphQlTester graphQl(String token) {
        return HttpGraphQlTester.builder(client(token).mutate()).responseTimeout(Duration.ofSeconds(30)).build();
    }

    private WebTestClient client(String token) {
        // as GraphQlClient: a mutation may wait up to 10 s for this context's read model (another cached test context
        // may hold the projection's token), longer than WebTestClient's default of 5 s
        return WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30)).defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    private static String token(KeyPair keys, String user, List<String> roles, String municipality, Duration life) {
        var rsa = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID("test").build();
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsa)));
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder().subject(user).claim("preferred_username", user).claim("roles", roles)
                .issuedAt(now.minus(Duration.ofMinutes(10))).expiresAt(now.plus(life));
        if (municipality != null) {
            claims.claim("municipality", municipality);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }

    private static KeyPair rsaKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
