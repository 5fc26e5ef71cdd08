package org.policyforum.platform.control.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL: a partial index of the campaign deliveries that wait to be sent, in the order the senders take them
 * (due time, then member). Without it the planner, sure from its statistics that most rows wait, walked the index
 * of all deliveries by member and stepped over every row already sent: at 330,000 sent of a million, one batch's
 * pick read 330,000 rows (1.4 s) and the campaign slowed from about 930 to 330 mails a second (measured,
 * bench/mail-campaign.sh). The index holds only waiting rows, so a pick reads about the 50 it takes. H2 has no partial
 * indexes, and its one sender picks by a range (Deliveries.claim); this migration does nothing there. A Java
 * migration because it differs by database; registered in SchemaMigrations.
 */
public class V39__Pending_delivery_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!database.startsWith("PostgreSQL")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE INDEX ix_campaign_delivery_pending ON campaign_delivery"
                    + " (campaign_id, next_attempt_at, member_id) WHERE status = 'PENDING'");
        }
    }
}
