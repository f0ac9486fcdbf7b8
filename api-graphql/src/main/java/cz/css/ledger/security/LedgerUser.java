package cz.css.ledger.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as the ledger sees them: name, role and, for a mayor, the municipality.
 * Built from the authenticated principal only, never from client input.
 */
public record LedgerUser(String name, LedgerRole role, Optional<String> municipality) {
    /** Authority prefix that binds a user to a municipality: {@code MUNICIPALITY_583120}. */
    public static final String MUNICIPALITY_PREFIX = "MUNICIPALITY_";

    public static LedgerUser of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No signed-in user");
        }
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        LedgerRole role = Arrays.stream(LedgerRole.values())
                .filter(candidate -> authorities.contains(candidate.authority()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("User " + authentication.getName() + " has no role"));
        Optional<String> municipality = authorities.stream()
                .filter(authority -> authority.startsWith(MUNICIPALITY_PREFIX))
                .map(authority -> authority.substring(MUNICIPALITY_PREFIX.length()))
                .findFirst();
        return new LedgerUser(authentication.getName(), role, municipality);
    }

    public boolean is(LedgerRole candidate) {
        return role == candidate;
    }
}
