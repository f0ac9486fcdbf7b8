package cz.css.ledger.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the ledger's role(s) and a mayor's municipality from a JWT issued by the configured issuer. */
final class JwtClaims implements Converter<Jwt, AbstractAuthenticationToken> {
    private final LedgerSecurityProperties.Jwt claims;

    JwtClaims(LedgerSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var authorities = new ArrayList<GrantedAuthority>();
        for (String role : roles(jwt)) {
            authorities.add(new SimpleGrantedAuthority(LedgerRole.valueOf(role.toUpperCase()).authority()));
        }
        String municipality = jwt.getClaimAsString(claims.municipalityClaim());
        if (municipality != null) {
            authorities.add(new SimpleGrantedAuthority(LedgerUser.MUNICIPALITY_PREFIX + municipality));
        }
        String name = jwt.getClaimAsString(claims.usernameClaim());
        return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name);
    }

    private Collection<String> roles(Jwt jwt) {
        Object value = jwt.getClaims().get(claims.rolesClaim());
        if (value instanceof Collection<?> many) {
            return many.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
