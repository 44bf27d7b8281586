package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.persistence.jpa.Fixtures.DAY;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Repository;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanId;

/**
 * The unique constraints of V3 back what the process decides through the framework's version: a
 * second meeting with a framework's number, a second plan of a cycle, a second committee are
 * refused by the database, on every database, and the refused one is not stored.
 */
class OnePerFrameworkTest {

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_second_meeting_with_the_same_number_of_a_framework_is_refused(Databases.Database db) {
        // given
        FrameworkId framework = FrameworkId.newId();
        db.repositories().meetings().save(Meeting.plan(framework, 1, DAY, "Dioro"));
        Meeting twin = Meeting.plan(framework, 1, DAY.plusDays(1), "Dioro");

        // when / then
        assertTwinRefused(db, Repositories::meetings, twin);
        assertThat(db.repositories().meetings().findByFramework(framework)).hasSize(1);
        db.repositories().meetings().save(Meeting.plan(framework, 2, DAY.plusDays(1), "Dioro"));
        db.repositories().meetings().save(Meeting.plan(FrameworkId.newId(), 1, DAY, "Kokry"));
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_second_plan_of_the_same_cycle_of_a_framework_is_refused(Databases.Database db) {
        // given
        FrameworkId framework = FrameworkId.newId();
        db.repositories().plans().save(plan(framework, 1));
        ActionPlan twin = plan(framework, 1);

        // when / then
        assertTwinRefused(db, Repositories::plans, twin);
        assertThat(db.repositories().plans().findByFramework(framework)).hasSize(1);
        db.repositories().plans().save(plan(framework, 2));
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_second_committee_of_a_framework_is_refused(Databases.Database db) {
        // given
        FrameworkId framework = FrameworkId.newId();
        MonitoringCommittee first = db.repositories().committees().save(committee(framework));
        MonitoringCommittee twin = committee(framework);

        // when / then
        assertTwinRefused(db, Repositories::committees, twin);
        assertThat(db.repositories().committees().findByFramework(framework).orElseThrow().id()).isEqualTo(first.id());
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void the_database_itself_refuses_a_duplicate_whoever_writes_it(Databases.Database db) {
        // given a meeting stored by the library
        FrameworkId framework = FrameworkId.newId();
        db.repositories().meetings().save(Meeting.plan(framework, 1, DAY, "Dioro"));

        // when another writer inserts a row with the same framework and number
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> db.transactions().inTransaction(
                () -> db.transactions().withEntityManager(em -> em.createNativeQuery("INSERT INTO meeting (id, "
                        + "framework_id, sequence_no, planned_on, venue, status, version) VALUES (?, ?, 1, ?, 'x', "
                        + "'PLANNED', 1)").setParameter(1, MeetingId.newId().value().toString())
                        .setParameter(2, framework.value().toString()).setParameter(3, DAY).executeUpdate())));

        // then it is a unique-constraint violation (SQLSTATE 23505)
        assertThat(sqlState(refusal)).isEqualTo("23505");
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static ActionPlan plan(FrameworkId framework, int cycle) {
        return Fixtures.plan(framework, cycle, cycle == 1 ? null : PlanId.newId(), MeetingId.newId());
    }

    private static MonitoringCommittee committee(FrameworkId framework) {
        return Fixtures.committee(framework, MeetingId.newId(), PlanId.newId());
    }

    /** The twin's save is refused as stale, in a transaction that stores nothing of it. */
    private static <A extends AggregateRoot<I>, I extends Identifier> void assertTwinRefused(Databases.Database db,
            Function<Repositories, ? extends Repository<A, I>> repository, A twin) {
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> repository.apply(db.repositories()).save(twin)))
                .isInstanceOf(StaleAggregateException.class);
        assertThat(repository.apply(db.repositories()).find(twin.id())).isEmpty();
    }
}
