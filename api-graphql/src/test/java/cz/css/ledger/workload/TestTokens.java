package cz.css.ledger.workload;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A test token issuer: the ledger verifies its RS256 tokens with the public key file, as it does
 * with a production issuer. Bearer tokens cost a signature check per call, where HTTP Basic costs a
 * bcrypt hash: load tests and the bad-input flood sign in this way.
 */
public final class TestTokens {
    private final KeyPair keys = rsaKeyPair();
    private final JwtEncoder encoder;
    private final Path publicKeyFile;

    public TestTokens() {
        var rsa = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID("test-issuer").build();
        encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsa)));
        try {
            publicKeyFile = Files.createTempFile("ledger-test-issuer", ".pem");
            publicKeyFile.toFile().deleteOnExit();
            Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public String publicKeyLocation() {
        return "file:" + publicKeyFile.toAbsolutePath();
    }

    /** An Authorization header value for a CSS staff member, valid for the given time. */
    public String staff(String user, Duration life) {
        return bearer(user, "STAFF", life);
    }

    public String bearer(String user, String role, Duration life) {
        return bearer(user, role, null, life);
    }

    /** An Authorization header value for a mayor of the municipality (its code in the token's claims). */
    public String mayor(String user, String municipalityCode, Duration life) {
        return bearer(user, "MAYOR", municipalityCode, life);
    }

    private String bearer(String user, String role, String municipalityCode, Duration life) {
        Instant now = Instant.now();
        var builder = JwtClaimsSet.builder().subject(user).claim("preferred_username", user).claim("roles", List.of(role))
                .issuedAt(now.minus(life.isNegative() ? life.abs().multipliedBy(2) : Duration.ZERO).minusSeconds(60))
                .expiresAt(now.plus(life));
        if (municipalityCode != null) {
            builder.claim("municipality", municipalityCode);
        }
        var claims = builder.build();
        return "Bearer " + encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims)).getTokenValue();
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
