package cz.css.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The tables' owner, the role that runs the migrations: for tests that do what the application's
 * role may not (create triggers, check what the owner is still refused).
 */
public record DatabaseOwner(String url, String user, String password) {

    public static DatabaseOwner of(Environment environment) {
        return new DatabaseOwner(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }
}
