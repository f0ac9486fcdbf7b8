package cz.css.ledger.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users from configuration (the embedded default's sign-in) and where JWT claims carry roles.
 *
 * @param users configured users; passwords are stored hashed ({@code {bcrypt}...})
 * @param jwt names of the claims that carry the role(s), the mayor's municipality and the user name
 * @param corsAllowedOrigins browser origins other than the application's own that may call the API
 * @param maxRequestBytes largest request body accepted (default 256 KiB)
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(List<User> users, Jwt jwt, List<String> corsAllowedOrigins,
        Long maxRequestBytes) {

    public LedgerSecurityProperties {
        users = users == null ? List.of() : users;
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : corsAllowedOrigins;
        maxRequestBytes = maxRequestBytes == null ? 256 * 1024L : maxRequestBytes;
    }

    public record User(String username, String password, LedgerRole role, String municipality) {
    }

    public record Jwt(String rolesClaim, String municipalityClaim, String usernameClaim) {
        public Jwt {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            municipalityClaim = municipalityClaim == null ? "municipality" : municipalityClaim;
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        }
    }
}
