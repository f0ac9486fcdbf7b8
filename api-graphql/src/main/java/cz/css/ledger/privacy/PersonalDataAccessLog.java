package cz.css.ledger.privacy;

import cz.css.ledger.api.RecordPersonalDataAccessCommand;
import cz.css.ledger.query.api.FindPersonalDataAccessQuery;
import cz.css.ledger.query.api.PersonalDataAccessView;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The log of who read which request's personal data and when; read by the data protection officer. */
@Component
class PersonalDataAccessLog {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalDataAccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @CommandHandler
    void handle(RecordPersonalDataAccessCommand command, MetaData metaData) {
        jdbc.update("insert into personal_data_access (request_id, accessed_by, actor_role, field_name, accessed_at) "
                        + "values (?, ?, ?, ?, ?)", command.requestId(), required(metaData, "actor"),
                required(metaData, "actorRole"), command.field(), Timestamp.from(clock.instant()));
    }

    @QueryHandler
    List<PersonalDataAccessView> handle(FindPersonalDataAccessQuery query) {
        var sql = new StringBuilder("select request_id, field_name, accessed_by, actor_role, accessed_at "
                + "from personal_data_access where 1 = 1");
        var arguments = new ArrayList<Object>();
        if (query.requestId() != null) {
            sql.append(" and request_id = ?");
            arguments.add(query.requestId());
        }
        if (query.from() != null) {
            sql.append(" and accessed_at >= ?");
            arguments.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and accessed_at < ?");
            arguments.add(Timestamp.from(query.to()));
        }
        sql.append(" order by accessed_at desc, id desc limit ?");
        arguments.add(query.limit());
        return jdbc.query(sql.toString(), (row, i) -> new PersonalDataAccessView(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getTimestamp(5).toInstant()), arguments.toArray());
    }

    private static String required(MetaData metaData, String key) {
        return Objects.requireNonNull((String) metaData.get(key), "command metadata lacks " + key);
    }
}
