package cz.css.ledger.app;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * Maps Axon's {@code @Lob byte[]} columns to {@code bytea} on PostgreSQL (instead of large objects
 * behind {@code oid}, which are never cleaned up) and to {@code binary varying} on H2, so one
 * Flyway script fits both. Registered in META-INF/services.
 */
public class LobAsVarbinaryTypeContributor implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(Types.BLOB, VarbinaryJdbcType.INSTANCE);
    }
}
