package cz.css.ledger.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The users listed in configuration, with their role and (for mayors) municipality as authorities. */
final class ConfiguredUsers {
    private ConfiguredUsers() {
    }

    static InMemoryUserDetailsManager from(LedgerSecurityProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream().map(ConfiguredUsers::details).toList());
    }

    private static UserDetails details(LedgerSecurityProperties.User user) {
        if (user.role() == LedgerRole.MAYOR && user.municipality() == null) {
            throw new IllegalStateException("Mayor " + user.username() + " needs ledger.security.users[].municipality");
        }
        return User.withUsername(user.username()).password(user.password()).authorities(authorities(user)).build();
    }

    private static List<GrantedAuthority> authorities(LedgerSecurityProperties.User user) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(user.role().authority()));
        if (user.municipality() != null) {
            authorities.add(new SimpleGrantedAuthority(LedgerUser.MUNICIPALITY_PREFIX + user.municipality()));
        }
        return authorities;
    }
}
